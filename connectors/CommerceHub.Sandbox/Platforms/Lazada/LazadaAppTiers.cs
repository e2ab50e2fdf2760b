using CommerceHub.Sandbox.Core.Tokens;
using CommerceHub.Sandbox.Hosting;

namespace CommerceHub.Sandbox.Platforms.Lazada;

/// <summary>
/// Lazada gives test apps shorter tokens than online (published) apps. The tier is read from the app's configuration
/// (Sandbox:Platforms:Lazada:Apps:n:Tier = Test | Online); apps added through the admin API are test apps.
/// </summary>
internal sealed class LazadaAppTiers
{
    /// <summary>Test app: access 7 days, refresh 14 days.</summary>
    public static readonly TokenPolicy Test = Policy(TimeSpan.FromDays(7), TimeSpan.FromDays(14));

    /// <summary>Online app: access 30 days, refresh 180 days.</summary>
    public static readonly TokenPolicy Online = Policy(TimeSpan.FromDays(30), TimeSpan.FromDays(180));

    private readonly HashSet<string> onlineApps;

    public LazadaAppTiers(IConfiguration configuration, PlatformContext context)
    {
        var apps = configuration.GetSection($"{SandboxOptions.Section}:Platforms:{context.Name}:Apps").GetChildren();
        onlineApps = apps.Where(a => string.Equals(a["Tier"], "Online", StringComparison.OrdinalIgnoreCase))
            .Select(a => a["AppId"] ?? "")
            .ToHashSet(StringComparer.Ordinal);
    }

    public TokenPolicy For(string appId) => onlineApps.Contains(appId) ? Online : Test;

    // Codes live 30 minutes. A refresh leaves the old access token working until it expires on its own.
    private static TokenPolicy Policy(TimeSpan access, TimeSpan refresh) => new(TimeSpan.FromMinutes(30), access, refresh, access);
}
