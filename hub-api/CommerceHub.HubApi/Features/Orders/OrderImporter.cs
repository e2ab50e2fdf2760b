using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.HubApi.Contracts.Orders;
using CommerceHub.HubApi.Features.Currency;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Infrastructure.Persistence;
using MapsterMapper;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>What an import did to the stored order.</summary>
public enum ImportOutcome
{
    Created,
    Updated,

    /// <summary>The stored state is as new or newer (a duplicate or an out-of-order update).</summary>
    Unchanged,
}

/// <summary>
/// Merges a platform's order into the one row for (platform, shop, order id) and moves its stock. Pushes and polls
/// on several nodes may bring the same order at once: a per-order Redis lease keeps the stock steps in order, and
/// the unique index turns a racing second insert into an update.
/// </summary>
public sealed partial class OrderImporter(
    HubDbContext db, IMapper mapper, CurrencyRates rates, OrderStock stock, OrderEvents events, RedisLock locks,
    TimeProvider clock, ILogger<OrderImporter> logger)
{
    private static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LeaseWait = TimeSpan.FromSeconds(20);

    public async Task<ImportOutcome> ImportAsync(ShopConnection shop, MarketplaceOrder source, CancellationToken ct)
    {
        var snapshot = mapper.Map<OrderSnapshot>(source);
        // RedisLock prefixes its keys with "ch:".
        await using var lease = await locks.TryAcquireAsync($"orders:lock:{shop.Marketplace}:{shop.ShopId}:{snapshot.PlatformOrderId}", LeaseTime, LeaseWait, ct)
            ?? throw new TimeoutException($"Order {snapshot.PlatformOrderId} of {shop.Marketplace} shop {shop.ShopId} stayed locked by another import for {LeaseWait}.");

        var (order, outcome) = await UpsertAsync(shop, snapshot, ct);
        var changes = await stock.SettleAsync(order, ct);
        if (outcome != ImportOutcome.Unchanged || changes.Count > 0)
        {
            order.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        await events.PublishAsync(changes);
        LogImported(logger, shop.Marketplace, shop.ShopId, order.PlatformOrderId, outcome, order.Status, order.StockState);
        return outcome;
    }

    private async Task<(Order Order, ImportOutcome Outcome)> UpsertAsync(ShopConnection shop, OrderSnapshot snapshot, CancellationToken ct)
    {
        var existing = await FindAsync(shop, snapshot.PlatformOrderId, ct);
        if (existing is null)
        {
            var created = await NewOrderAsync(shop, snapshot, ct);
            db.Add(created);
            try
            {
                await db.SaveChangesAsync(ct);
                return (created, ImportOutcome.Created);
            }
            catch (DbUpdateException e) when (IsUniqueViolation(e))
            {
                // Another node stored it first (its lease had expired, or it raced before the lease existed): merge into that row.
                db.ChangeTracker.Clear();
                existing = await FindAsync(shop, snapshot.PlatformOrderId, ct)
                    ?? throw new InvalidOperationException("The duplicate order vanished between insert and read.", e);
            }
        }

        if (!IsNewer(snapshot, existing))
        {
            return (existing, ImportOutcome.Unchanged);
        }

        existing.Status = snapshot.Status;
        existing.PlatformStatus = snapshot.PlatformStatus;
        existing.PlatformUpdatedAt = snapshot.UpdatedAt;
        existing.PaidAt ??= snapshot.PaidAt;
        existing.TrackingNumber = snapshot.TrackingNumber ?? existing.TrackingNumber;
        return (existing, ImportOutcome.Updated);
    }

    private static bool IsNewer(OrderSnapshot snapshot, Order stored) =>
        snapshot.UpdatedAt > stored.PlatformUpdatedAt
        || (snapshot.UpdatedAt == stored.PlatformUpdatedAt
            && (snapshot.Status.Rank() > stored.Status.Rank() || (snapshot.TrackingNumber is not null && stored.TrackingNumber is null)));

    private Task<Order?> FindAsync(ShopConnection shop, string platformOrderId, CancellationToken ct) =>
        db.Set<Order>().IgnoreQueryFilters()
            .SingleOrDefaultAsync(o => o.Marketplace == shop.Marketplace && o.ShopId == shop.ShopId && o.PlatformOrderId == platformOrderId, ct);

    private async Task<Order> NewOrderAsync(ShopConnection shop, OrderSnapshot snapshot, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return new Order
        {
            MerchantId = shop.MerchantId, Marketplace = shop.Marketplace, ShopId = shop.ShopId, Channel = shop.ChannelCode,
            PlatformOrderId = snapshot.PlatformOrderId, Status = snapshot.Status, PlatformStatus = snapshot.PlatformStatus,
            Currency = snapshot.Currency, Total = snapshot.Total, TotalCny = await rates.ToCnyAsync(snapshot.Total, snapshot.Currency, ct),
            PlacedAt = snapshot.PlacedAt, PaidAt = snapshot.PaidAt, PlatformUpdatedAt = snapshot.UpdatedAt,
            TrackingNumber = snapshot.TrackingNumber, Lines = [.. snapshot.Lines], ImportedAt = now, UpdatedAt = now,
        };
    }

    private static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Order {Marketplace}:{ShopId}:{PlatformOrderId} {Outcome}: {Status}, stock {StockState}")]
    private static partial void LogImported(ILogger logger, Marketplace marketplace, string shopId, string platformOrderId,
        ImportOutcome outcome, OrderLifecycle status, OrderStockState stockState);
}
