using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>
/// Processes one stored push: parse, drop duplicates and stale ones through the shared gate, fetch the order's
/// current detail from the platform and import it. A failed fetch is retried by Hangfire; the inbox row remembers
/// that the push was admitted, so the retry does not mistake it for a duplicate.
/// </summary>
public sealed partial class OrderPushJobs(
    HubDbContext db, IServiceProvider services, PushGate gate, OrderImporter importer, TimeProvider clock, ILogger<OrderPushJobs> logger)
{
    [Queue("critical")]
    [AutomaticRetry(Attempts = 8, DelaysInSeconds = [1, 2, 5, 10, 30, 60, 120, 300])]
    public async Task ProcessAsync(long inboxId, CancellationToken cancellationToken)
    {
        var entry = await db.Set<PushInboxEntry>().SingleOrDefaultAsync(p => p.Id == inboxId, cancellationToken);
        if (entry is null || entry.ProcessedAt is not null)
        {
            return;
        }

        entry.Outcome = await HandleAsync(entry, cancellationToken);
        entry.ProcessedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<string> HandleAsync(PushInboxEntry entry, CancellationToken ct)
    {
        var receiver = services.GetRequiredKeyedService<IPushReceiver>(entry.Marketplace);
        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(entry.Headers) ?? [];
        MarketplacePush push;
        try
        {
            push = receiver.Parse(new InboundPush(new Uri(entry.CallbackUrl), entry.RawBody,
                new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase)));
        }
        catch (MarketplaceValidationException e)
        {
            LogUnreadable(logger, entry.Marketplace, entry.Id, e.Message);
            return "unreadable: " + Truncate(e.Message);
        }

        return await HandlePushAsync(push, entry, ct);
    }

    /// <summary>Also used for events pulled from a feed (Tiki), which need no inbox row.</summary>
    public async Task<string> HandlePushAsync(MarketplacePush push, PushInboxEntry? entry, CancellationToken ct)
    {
        if (push is not { Kind: PushKind.OrderStatusChanged or PushKind.TrackingNumberAssigned, Shop: { } shopRef, ExternalOrderId: { } orderId })
        {
            return $"ignored: {push.Kind} ({push.PlatformCode})";
        }

        if (entry is not { Admitted: true })
        {
            var decision = await gate.AdmitAsync(push, ct);
            if (decision != PushDecision.Fresh)
            {
                return decision.ToString().ToLowerInvariant();
            }

            if (entry is not null)
            {
                entry.Admitted = true;
                await db.SaveChangesAsync(ct);
            }
        }

        var shop = await db.Set<ShopConnection>().IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(s => s.Marketplace == shopRef.Marketplace && s.ShopId == shopRef.ShopId, ct);
        if (shop is null)
        {
            return $"ignored: shop {shopRef} is not connected";
        }

        var order = await services.GetRequiredKeyedService<IOrderSource>(shopRef.Marketplace).GetOrderAsync(shopRef, orderId, ct);
        if (order is null)
        {
            return $"ignored: the platform does not know order {orderId}";
        }

        return "imported: " + (await importer.ImportAsync(shop, order, ct)).ToString().ToLowerInvariant();
    }

    private static string Truncate(string text) => text.Length > 400 ? text[..400] : text;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Marketplace} push {InboxId} could not be parsed: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, Marketplace marketplace, long inboxId, string reason);
}
