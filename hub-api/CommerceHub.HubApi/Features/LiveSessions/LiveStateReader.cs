using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Contracts.Orders;
using CommerceHub.HubApi.Features.Catalog;
using CommerceHub.HubApi.Features.Channels;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Ledger;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>
/// Builds what consoles see from the database (session, lineup, sales), Redis counters and the ledger. Reads past the
/// tenant filter by explicit merchant id, because the relay and jobs call it outside any request.
/// </summary>
public sealed class LiveStateReader(HubDbContext db, StockLedger ledger, LiveCounterStore counters, TimeProvider clock)
{
    public const int RecentOrders = 50;

    public async Task<LiveSessionView> ViewAsync(LiveSession session, CancellationToken ct)
    {
        var codes = session.Channels;
        var channels = await db.Set<SalesChannel>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.MerchantId == session.MerchantId && codes.Contains(c.Code))
            .ToDictionaryAsync(c => c.Code, ct);
        var skus = session.Lineup.Select(l => l.Sku).ToList();
        var variants = await db.Set<ProductVariant>().IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.MerchantId == session.MerchantId && skus.Contains(v.Sku))
            .Select(v => new { v.Sku, v.PriceCny, v.ProductId })
            .ToListAsync(ct);
        var productIds = variants.Select(v => v.ProductId).Distinct().ToList();
        var products = await db.Set<Product>().IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.MerchantId == session.MerchantId && productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, ct);
        var lineup = session.Lineup.Select((slot, i) =>
        {
            var variant = variants.FirstOrDefault(v => v.Sku == slot.Sku);
            var product = variant is null ? null : products.GetValueOrDefault(variant.ProductId);
            return new LineupItem(slot.Sku, product?.Titles ?? [], product?.ImageUrls.FirstOrDefault(),
                variant?.PriceCny ?? 0, slot.LivePrice, i);
        }).ToList();
        return new LiveSessionView(session.Id, session.MerchantId, session.Title, session.Status, session.Currency,
            session.ScheduledStart, session.StartedAt, session.EndedAt,
            [.. session.Channels.Select(c => channels.TryGetValue(c, out var ch)
                ? new LiveChannel(c, ch.Name, ch.Marketplace) : new LiveChannel(c, c, ""))],
            lineup, session.PinnedSku);
    }

    public async Task<LiveSessionState> StateAsync(LiveSession session, CancellationToken ct)
    {
        var sale = await CurrentSaleAsync(session, ct);
        var saleState = sale is null ? null : await SaleStateAsync(sale, ct);
        var recent = await db.Set<LiveSessionOrder>().IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.MerchantId == session.MerchantId && o.SessionId == session.Id)
            .OrderByDescending(o => o.At).Take(RecentOrders).ToListAsync(ct);
        return new LiveSessionState(
            await ViewAsync(session, ct),
            await StockAsync(session.MerchantId, session.Id, [.. session.Lineup.Select(l => l.Sku)], saleState, ct),
            await CountersAsync(session.MerchantId, session.Id, [.. session.Lineup.Select(l => l.Sku)], ct),
            saleState,
            [.. recent.Select(Tick)]);
    }

    public async Task<IReadOnlyList<LiveStock>> StockAsync(Guid merchantId, Guid sessionId, IReadOnlyList<string> skus,
        FlashSaleState? sale, CancellationToken ct)
    {
        if (skus.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var stock = await ledger.GetAsync(merchantId, skus, ct);
        return [.. stock.Select(s => new LiveStock(sessionId, s.Sku, s.OnHand, s.Reserved, s.OnHand - s.Reserved,
            SaleRemaining(sale, s.Sku), now))];
    }

    public async Task<LiveCounters> CountersAsync(Guid merchantId, Guid sessionId, IReadOnlyList<string> skus, CancellationToken ct)
    {
        var snapshot = await counters.ReadAsync(sessionId);
        var stock = skus.Count == 0 ? [] : await ledger.GetAsync(merchantId, skus, ct);
        var available = stock.ToDictionary(s => s.Sku, s => s.OnHand - s.Reserved);
        return new LiveCounters(sessionId, snapshot.Orders, snapshot.Units, available.Values.Sum(),
            [.. snapshot.Revenue.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new MoneyAmount(r.Key, r.Value))],
            snapshot.RevenueCny,
            [.. skus.Select(sku => new SkuCounter(sku, snapshot.SoldPerSku.GetValueOrDefault(sku), available.GetValueOrDefault(sku)))],
            clock.GetUtcNow());
    }

    /// <summary>The sale that is running or counting down, else the last one that ended.</summary>
    public Task<FlashSale?> CurrentSaleAsync(LiveSession session, CancellationToken ct) =>
        db.Set<FlashSale>().IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.MerchantId == session.MerchantId && f.SessionId == session.Id)
            .OrderBy(f => f.EndedAt == null ? 0 : 1).ThenByDescending(f => f.Id)
            .FirstOrDefaultAsync(ct);

    public async Task<FlashSaleState> SaleStateAsync(FlashSale sale, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (sale.EndedAt is { } ended)
        {
            return new FlashSaleState(sale.Id, sale.SessionId, FlashSaleStatus.Ended, sale.StartsAt, sale.EndsAt, ended,
                [.. sale.Items.Select(i => new FlashSaleItemState(i.Sku, i.SalePrice, i.Allocated, i.Sold, 0))], now);
        }

        var held = await HeldAsync(sale, ct);
        var status = now < sale.StartsAt ? FlashSaleStatus.Countdown : FlashSaleStatus.Running;
        return new FlashSaleState(sale.Id, sale.SessionId, status, sale.StartsAt, sale.EndsAt, null,
            [.. sale.Items.Select(i =>
            {
                var remaining = (int)held.GetValueOrDefault(i.Sku);
                return new FlashSaleItemState(i.Sku, i.SalePrice, i.Allocated, i.Allocated - remaining, remaining);
            })],
            now);
    }

    /// <summary>Units the sale's reservation still holds per SKU; everything else was claimed by orders.</summary>
    public async Task<Dictionary<string, long>> HeldAsync(FlashSale sale, CancellationToken ct)
    {
        var view = await ledger.GetReservationAsync(sale.MerchantId, sale.ReservationId, ct);
        return view is null || view.State != ReservationState.Open
            ? []
            : view.Lines.GroupBy(l => l.Sku).ToDictionary(g => g.Key, g => g.Sum(l => l.Remaining));
    }

    public static LiveOrderTick Tick(LiveSessionOrder o) => new(o.SessionId, o.OrderId,
        o.Refused ? OrderEventKind.ReservationRefused : OrderEventKind.Imported, o.Channel, o.Marketplace, o.PlatformOrderId,
        o.Currency, o.Total, o.TotalCny, [.. o.Lines.Select(l => new OrderEventLine(l.Sku, l.Quantity, l.UnitPrice))], o.At);

    private static long? SaleRemaining(FlashSaleState? sale, string sku) =>
        sale is { Status: not FlashSaleStatus.Ended } && sale.Items.FirstOrDefault(i => i.Sku == sku) is { } item ? item.Remaining : null;
}
