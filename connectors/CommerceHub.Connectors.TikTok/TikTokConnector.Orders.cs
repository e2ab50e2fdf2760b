using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok.Dtos;

namespace CommerceHub.Connectors.TikTok;

public sealed partial class TikTokConnector
{
    private const int MaxDetailOrders = 50;

    /// <summary>
    /// One search over the whole range (TikTok has no window limit), oldest update first, following page_token.
    /// The search answers full orders, so no detail call is needed; an order is handed out once per enumeration.
    /// </summary>
    public async IAsyncEnumerable<MarketplaceOrder> ListOrdersAsync(
        ShopRef shop, OrderQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The hub's range is inclusive; TikTok's upper bound is exclusive.
        var filter = new OrderSearchRequest(query.UpdatedFrom.ToUnixTimeSeconds(), query.UpdatedTo.ToUnixTimeSeconds() + 1);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? pageToken = null;
        do
        {
            var at = pageToken;
            var page = await RunAsync(shop, TikTokClient.OrderSearchApi, idempotent: true,
                (token, cipher, c) => client.SearchOrdersAsync(token, cipher, at, filter, c), cancellationToken);
            foreach (var order in (page.Orders ?? []).Where(o => seen.Add(o.Id)))
            {
                yield return mapper.Map<MarketplaceOrder>(new TikTokOrderSource(shop, order));
            }

            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));
    }

    public async Task<MarketplaceOrder?> GetOrderAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default) =>
        await OrderDtosAsync(shop, [externalOrderId], cancellationToken) is [var order, ..] ? mapper.Map<MarketplaceOrder>(new TikTokOrderSource(shop, order)) : null;

    public int MaxOrdersPerCall => MaxDetailOrders;

    public async Task<IReadOnlyList<MarketplaceOrder>> GetOrdersAsync(ShopRef shop, IReadOnlyList<string> externalOrderIds, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(externalOrderIds.Count, MaxDetailOrders, nameof(externalOrderIds));
        return [.. (await OrderDtosAsync(shop, externalOrderIds, cancellationToken)).Select(o => mapper.Map<MarketplaceOrder>(new TikTokOrderSource(shop, o)))];
    }

    /// <summary>Get Order Detail in batches of at most 50 ids; unknown ids are simply absent.</summary>
    private async Task<IReadOnlyList<OrderDto>> OrderDtosAsync(ShopRef shop, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var orders = new List<OrderDto>(ids.Count);
        foreach (var chunk in ids.Chunk(MaxDetailOrders))
        {
            var detail = await RunAsync(shop, TikTokClient.OrderDetailApi, idempotent: true, (token, cipher, c) => client.GetOrdersAsync(token, cipher, chunk, c), ct);
            orders.AddRange(detail.Orders ?? []);
        }

        return orders;
    }
}
