using System.Collections.Concurrent;
using CommerceHub.Sandbox.Hosting;

namespace CommerceHub.Sandbox.Core.Accounts;

public sealed record SandboxApp(string AppId, string Secret, string? CallbackUrl);

public sealed record SandboxShop(string ShopId, string Region, string Name);

/// <summary>Partner apps and seller shops: seeded from configuration, extended through the admin API.</summary>
public sealed class AppRegistry
{
    private readonly ConcurrentDictionary<string, SandboxApp> apps = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SandboxShop> shops = new(StringComparer.Ordinal);

    public AppRegistry(PlatformContext context)
    {
        foreach (var app in context.Options.Apps)
        {
            Upsert(new SandboxApp(app.AppId, app.AppSecret, app.CallbackUrl));
        }

        foreach (var shop in context.Options.Shops)
        {
            Upsert(new SandboxShop(shop.ShopId, shop.Region.ToUpperInvariant(), shop.Name));
        }
    }

    public IReadOnlyList<SandboxApp> Apps => [.. apps.Values.OrderBy(a => a.AppId, StringComparer.Ordinal)];

    public IReadOnlyList<SandboxShop> Shops => [.. shops.Values.OrderBy(s => s.ShopId, StringComparer.Ordinal)];

    public SandboxApp? FindApp(string appId) => apps.GetValueOrDefault(appId);

    public SandboxShop? FindShop(string shopId) => shops.GetValueOrDefault(shopId);

    public SandboxApp Upsert(SandboxApp app) => apps[app.AppId] = app;

    public SandboxShop Upsert(SandboxShop shop) => shops[shop.ShopId] = shop;

    public SandboxApp? SetCallback(string appId, string? callbackUrl)
    {
        while (apps.TryGetValue(appId, out var current))
        {
            if (apps.TryUpdate(appId, current with { CallbackUrl = callbackUrl }, current))
            {
                return apps[appId];
            }
        }

        return null;
    }
}
