using System.Globalization;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.HubApi.Features.Campaigns;
using CommerceHub.HubApi.Features.Listings;
using CommerceHub.Inventory.Allocation;
using CommerceHub.Inventory.Events;
using StackExchange.Redis;

namespace CommerceHub.HubApi.Features.StockSync;

/// <summary>
/// Pushes channel quantities to the platforms within seconds of a stock change. Every node listens to the allocation
/// events and marks the SKU in <see cref="StockSyncQueue"/>; whichever node takes a channel's lock drains it: it reads the
/// current quantity of each marked SKU and sends them in one connector call (which batches and paces them), so each
/// channel has at most one call in flight, a storm costs one call per drain, and the last value sent is the current one.
/// </summary>
public sealed partial class StockSyncWorker(
    IConnectionMultiplexer redis,
    StockSyncQueue queue,
    ChannelTargets targets,
    ChannelQuantities quantities,
    RedisLock locks,
    IServiceProvider services,
    ListingStates listingStates,
    CampaignLocks campaignLocks,
    ILogger<StockSyncWorker> logger) : BackgroundService
{
    private const int BatchSkus = 500;
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LockTtl = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan BackOff = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Guid, string), DateTimeOffset> _resting = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Guid MerchantId, string Channel), byte> _draining = new();
    private long _calls;
    private long _skusPushed;

    /// <summary>Platform calls made and SKU quantities sent by this node since start (for the benchmark and diagnostics).</summary>
    public (long Calls, long SkusPushed) Counters => (Interlocked.Read(ref _calls), Interlocked.Read(ref _skusPushed));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscriber = redis.GetSubscriber();
        await subscriber.SubscribeAsync(Inventory.RedisKeys.ChannelQuantityEvents, (_, message) => OnQuantityChanged(message));
        await subscriber.SubscribeAsync(StockSyncQueue.Wake, (_, _) => Signal());
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await _wake.WaitAsync(Idle, stoppingToken);
                // Each channel drains on its own: a slow or throttled platform must not hold back the others' next drain.
                foreach (var channel in await queue.ChannelsAsync())
                {
                    if (_draining.TryAdd(channel, 0))
                    {
                        _ = DrainThenReleaseAsync(channel.MerchantId, channel.Channel, stoppingToken);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; marked SKUs stay in Redis for the next node.
        }
        finally
        {
            await subscriber.UnsubscribeAsync(Inventory.RedisKeys.ChannelQuantityEvents);
            await subscriber.UnsubscribeAsync(StockSyncQueue.Wake);
        }
    }

    private void OnQuantityChanged(RedisValue message) => _ = MarkAsync(message);

    private async Task MarkAsync(RedisValue message)
    {
        try
        {
            var change = JsonSerializer.Deserialize((byte[])message!, InventoryJsonContext.Default.ChannelQuantityChanged);
            if (change is not null)
            {
                await queue.MarkAsync(change.MerchantId, change.Channel, [change.Sku]);
            }
        }
        catch (Exception e) when (e is JsonException or RedisException)
        {
            MarkFailed(logger, e);
        }
    }

    private void Signal()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled by another message.
            }
        }
    }

    private async Task DrainThenReleaseAsync(Guid merchantId, string channel, CancellationToken ct)
    {
        try
        {
            await Task.Yield();
            await DrainAsync(merchantId, channel, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down; marked SKUs stay in Redis for the next node.
        }
        catch (Exception e) when (e is RedisException or MarketplaceException or TimeoutException)
        {
            DrainFailed(logger, e, channel);
        }
        finally
        {
            _draining.TryRemove((merchantId, channel), out _);
        }
    }

    private async Task DrainAsync(Guid merchantId, string channel, CancellationToken ct)
    {
        if ((_resting.TryGetValue((merchantId, channel), out var until) && until > DateTimeOffset.UtcNow)
            || await queue.PendingAsync(merchantId, channel) == 0)
        {
            return;
        }

        await using var lease = await locks.TryAcquireAsync(StockSyncQueue.Lock(merchantId, channel), LockTtl, TimeSpan.Zero, ct);
        if (lease is null)
        {
            return; // Another node is draining this channel.
        }

        while (await queue.TakeAsync(merchantId, channel, BatchSkus) is { Count: > 0 } skus)
        {
            if (!await PushAsync(merchantId, channel, skus, ct))
            {
                // The platform is down or throttling beyond the connector's patience: keep the SKUs and let the channel rest.
                await queue.MarkAsync(merchantId, channel, skus);
                _resting[(merchantId, channel)] = DateTimeOffset.UtcNow + BackOff;
                return;
            }
        }
    }

    /// <returns>False when the platform could not be reached and the SKUs must be tried again later.</returns>
    private async Task<bool> PushAsync(Guid merchantId, string channel, IReadOnlyList<string> skus, CancellationToken ct)
    {
        var target = await targets.GetAsync(merchantId, channel, ct);
        if (target is null)
        {
            return true; // A channel without a shop (a live room, a manual channel) has nothing to push to.
        }

        var listed = skus.Where(target.Skus.ContainsKey).ToList();
        if (listed.Count == 0)
        {
            return true;
        }

        var current = await CurrentQuantitiesAsync(merchantId, channel, listed, ct);
        await campaignLocks.AdjustAsync(merchantId, channel, current, ct);
        var updates = listed.Select(sku => new StockUpdate(target.Skus[sku].ItemId, target.Skus[sku].VariantId,
            (int)Math.Clamp(current[sku], 0, int.MaxValue))).ToList();
        var sink = services.GetKeyedService<IInventorySink>(target.Shop.Marketplace);
        if (sink is null)
        {
            return true;
        }

        try
        {
            var result = await sink.UpdateStockAsync(target.Shop, updates, ct);
            Interlocked.Increment(ref _calls);
            Interlocked.Add(ref _skusPushed, updates.Count);
            var failed = result.Failures.Select(f => (f.ExternalItemId, f.Reason)).ToList();
            await listingStates.RecordSyncAsync(merchantId, [.. listed.Select(s => target.Skus[s].ListingId).Distinct()],
                failed.Select(f => (ListingOf(target, f.ExternalItemId), f.Reason)).ToList(), ct);
            return true;
        }
        catch (MarketplaceException e)
        {
            PushFailed(logger, e, channel, updates.Count);
            await listingStates.RecordSyncAsync(merchantId, [],
                [.. listed.Select(s => target.Skus[s].ListingId).Distinct().Select(id => (id, e.Message))], ct);
            // A refusal of the data or a shop that must be re-authorized will not heal by retrying; reconciliation re-sends later.
            return e is MarketplaceValidationException or MarketplaceNotFoundException or MarketplaceAuthException { ReauthorizationRequired: true };
        }
    }

    // A platform that makes every variant a product of its own (Tiki) reports a refusal by the variant's id.
    private static Guid ListingOf(ChannelTarget target, string itemId) =>
        target.Skus.Values.FirstOrDefault(v => v.ItemId == itemId || v.VariantId == itemId).ListingId;

    private async Task<Dictionary<string, long>> CurrentQuantitiesAsync(Guid merchantId, string channel, List<string> skus, CancellationToken ct)
    {
        var fields = skus.Select(s => (RedisValue)$"{channel}|{s}").ToArray();
        var values = await redis.GetDatabase().HashGetAsync(Inventory.RedisKeys.ChannelQuantities(merchantId), fields);
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < skus.Count; i++)
        {
            if (values[i].HasValue)
            {
                result[skus[i]] = long.Parse((string)values[i]!, CultureInfo.InvariantCulture);
                continue;
            }

            // Never allocated yet (a SKU listed before its first stock movement): compute it now.
            var allocation = (await quantities.ComputeAsync(merchantId, skus[i], ct)).FirstOrDefault(a => a.Channel == channel);
            result[skus[i]] = allocation?.Quantity ?? 0;
        }

        return result;
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read a channel quantity event")]
    private static partial void MarkFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Draining channel {Channel} failed; its SKUs are drained again on the next wake")]
    private static partial void DrainFailed(ILogger logger, Exception exception, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stock push to channel {Channel} failed for {Count} SKUs; they stay queued")]
    private static partial void PushFailed(ILogger logger, Exception exception, string channel, int count);
}
