using System.Collections.Concurrent;
using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>What the platform answered for a set of order ids: the orders, the ids it does not know, and the ids whose call failed.</summary>
public sealed record FetchedOrders(
    IReadOnlyList<MarketplaceOrder> Orders, IReadOnlySet<string> Unknown, IReadOnlyDictionary<string, string> Failed);

/// <summary>
/// Reads the current detail of many orders of one shop: in calls of the platform's list size where its detail API
/// takes a list (<see cref="IOrderBatchSource"/>), one call per order otherwise, a few calls at a time (the
/// connector's rate limiter paces them). Each call fails on its own, so one bad call holds back only its ids.
/// </summary>
public sealed partial class OrderDetailFetcher(IServiceProvider services, ILogger<OrderDetailFetcher> logger)
{
    private const int Parallelism = 8;

    public async Task<FetchedOrders> FetchAsync(ShopRef shop, IReadOnlyCollection<string> orderIds, CancellationToken ct)
    {
        var batchSource = services.GetKeyedService<IOrderBatchSource>(shop.Marketplace);
        var source = services.GetRequiredKeyedService<IOrderSource>(shop.Marketplace);
        var chunks = orderIds.Distinct(StringComparer.Ordinal).Chunk(batchSource?.MaxOrdersPerCall ?? 1).ToList();
        var orders = new ConcurrentBag<MarketplaceOrder>();
        var failed = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (chunk, token) =>
        {
            try
            {
                var answered = batchSource is not null
                    ? await batchSource.GetOrdersAsync(shop, chunk, token)
                    : await source.GetOrderAsync(shop, chunk[0], token) is { } one ? [one] : [];
                foreach (var order in answered)
                {
                    orders.Add(order);
                }
            }
            catch (Exception e) when (e is MarketplaceException or HttpRequestException or TimeoutException)
            {
                LogFetchFailed(logger, e, shop.Marketplace, shop.ShopId, chunk.Length);
                foreach (var id in chunk)
                {
                    failed[id] = e.Message;
                }
            }
        });

        var found = orders.Select(o => o.ExternalOrderId).ToHashSet(StringComparer.Ordinal);
        var unknown = orderIds.Where(id => !found.Contains(id) && !failed.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
        return new FetchedOrders([.. orders], unknown, failed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Marketplace} shop {ShopId}: reading {Count} orders failed; their pushes are retried")]
    private static partial void LogFetchFailed(ILogger logger, Exception exception, Marketplace marketplace, string shopId, int count);
}
