using StackExchange.Redis;

namespace CommerceHub.Inventory;

/// <summary>
/// Every Redis key and channel the inventory uses. Per-merchant keys share the hash tag <c>{merchant}</c> so that a
/// merchant's stock, reservations and expiry index sit in one slot.
/// </summary>
public static class RedisKeys
{
    // No TTL on the stock hash, the expiry index or the last-published quantities: they are the live state that the
    // ledger rebuild restores, so expiring them would be the same as losing stock.
    public static RedisKey Stock(Guid merchantId) => $"ch:stock:{{{merchantId:N}}}";

    public static RedisKey Expiry(Guid merchantId) => $"ch:exp:{{{merchantId:N}}}";

    public static RedisKey ChannelQuantities(Guid merchantId) => $"ch:chq:{{{merchantId:N}}}";

    /// <summary>
    /// Holding channel → the channels that show its bucket. No TTL: a link outliving its reservation adds a bucket
    /// of zero, so a missed clean-up changes no quantity.
    /// </summary>
    public static RedisKey SharedBuckets(Guid merchantId) => $"ch:shb:{{{merchantId:N}}}";

    // Open reservations have no TTL (they hold stock until committed, released or swept by expiry); the scripts
    // give a closed one a retention TTL so repeated calls stay idempotent for a while.
    public static RedisKey Reservation(Guid merchantId, string reservationId) =>
        $"ch:res:{{{merchantId:N}}}:{reservationId}";

    /// <summary>Movements waiting to be journaled; drained and trimmed, so it needs no TTL.</summary>
    public static readonly RedisKey Outbox = "ch:ledger:outbox";

    /// <summary>Present while Redis holds a loaded ledger. No TTL: its absence is how a flushed Redis is detected.</summary>
    public static readonly RedisKey Loaded = "ch:ledger:loaded";

    public static readonly RedisKey DrainLock = "ch:lock:ledger-drain";

    public static readonly RedisKey LoadLock = "ch:lock:ledger-load";

    public static readonly RedisChannel StockEvents = RedisChannel.Literal("ch:events:stock");

    public static readonly RedisChannel ChannelQuantityEvents = RedisChannel.Literal("ch:events:channel-quantity");

    /// <summary>Fields of the stock hash: on hand and reserved per SKU and warehouse, totals under warehouse "*".</summary>
    internal static class Fields
    {
        public const string Sequence = "_seq";

        public static string OnHand(string sku, string warehouse) => $"{sku}|{warehouse}|on";

        public static string Reserved(string sku, string warehouse) => $"{sku}|{warehouse}|res";

        public static string Warehouses(string sku) => $"{sku}|*|whs";

        public static string Bucket(string sku, string channel) => $"{sku}|@{channel}|bkt";
    }
}
