using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Http;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>The merchant's orders from every platform, filtered and paged; one order with its lines.</summary>
public static class OrderEndpoints
{
    public sealed record OrderFilter(string? Marketplace, string? Shop, string? Status, string? StockState, DateTimeOffset? From, DateTimeOffset? To, string? Sku);

    public sealed record OrderLineView(string Sku, string Title, int Quantity, decimal UnitPrice, string PlatformItemId, string? PlatformVariantId);

    public sealed record OrderView(
        Guid Id, string Marketplace, string ShopId, string Channel, string PlatformOrderId, string Status, string PlatformStatus,
        string Currency, decimal Total, decimal TotalCny, DateTimeOffset PlacedAt, DateTimeOffset? PaidAt, DateTimeOffset PlatformUpdatedAt,
        string? TrackingNumber, string StockState, string? StockNote, string? LastError, IReadOnlyList<OrderLineView> Lines);

    public static async Task<Page<OrderView>> List([AsParameters] OrderFilter filter, [AsParameters] PageQuery page, HubDbContext db, CancellationToken ct)
    {
        var query = Filter(db.Set<Order>().AsNoTracking(), filter);
        var orders = await query.OrderByDescending(o => o.PlacedAt).ThenBy(o => o.Id).ToPageAsync(page, ct);
        return new Page<OrderView>([.. orders.Items.Select(View)], orders.PageNumber, orders.PageSize, orders.Total);
    }

    public static async Task<OrderView> Get(Guid id, HubDbContext db, CancellationToken ct) =>
        View(await db.Set<Order>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct)
             ?? throw new NotFoundException($"Order {id} does not exist."));

    internal static OrderView View(Order o) => new(
        o.Id, o.Marketplace.Code(), o.ShopId, o.Channel, o.PlatformOrderId, o.Status.ToString(), o.PlatformStatus, o.Currency,
        o.Total, o.TotalCny, o.PlacedAt, o.PaidAt, o.PlatformUpdatedAt, o.TrackingNumber, o.StockState.ToString(), o.StockNote, o.LastError,
        [.. o.Lines.Select(l => new OrderLineView(l.Sku, l.Title, l.Quantity, l.UnitPrice, l.PlatformItemId, l.PlatformVariantId))]);

    private static IQueryable<Order> Filter(IQueryable<Order> query, OrderFilter filter)
    {
        var validation = new Validation();
        var marketplace = default(Connectors.Abstractions.Marketplace);
        var status = default(OrderLifecycle);
        var stockState = default(OrderStockState);
        validation.Check(filter.Marketplace is null || MarketplaceCodes.TryParse(filter.Marketplace, out marketplace), "marketplace",
            $"must be one of {string.Join(", ", MarketplaceCodes.All)}.");
        validation.Check(filter.Status is null || (Enum.TryParse(filter.Status, ignoreCase: true, out status) && Enum.IsDefined(status)), "status",
            $"must be one of {string.Join(", ", Enum.GetNames<OrderLifecycle>())}.");
        validation.Check(filter.StockState is null || (Enum.TryParse(filter.StockState, ignoreCase: true, out stockState) && Enum.IsDefined(stockState)), "stockState",
            $"must be one of {string.Join(", ", Enum.GetNames<OrderStockState>())}.");
        validation.Check(filter.From is null || filter.To is null || filter.From <= filter.To, "from", "must not be after 'to'.");
        validation.Check(filter.Shop is null or { Length: <= 64 }, "shop", "must be at most 64 characters.");
        validation.Check(filter.Sku is null or { Length: <= 100 }, "sku", "must be at most 100 characters.");
        validation.ThrowIfInvalid();

        if (filter.Marketplace is not null)
        {
            query = query.Where(o => o.Marketplace == marketplace);
        }

        if (filter.Shop is not null)
        {
            query = query.Where(o => o.ShopId == filter.Shop);
        }

        if (filter.Status is not null)
        {
            query = query.Where(o => o.Status == status);
        }

        if (filter.StockState is not null)
        {
            query = query.Where(o => o.StockState == stockState);
        }

        if (filter.From is { } from)
        {
            query = query.Where(o => o.PlacedAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(o => o.PlacedAt <= to);
        }

        return filter.Sku is null ? query : query.Where(o => o.Lines.Any(l => l.Sku == filter.Sku));
    }
}
