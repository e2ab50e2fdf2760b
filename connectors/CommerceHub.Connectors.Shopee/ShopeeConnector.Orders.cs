using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Shopee.Dtos;

namespace CommerceHub.Connectors.Shopee;

public sealed partial class ShopeeConnector
{
    private const int OrderPageSize = 100;
    private const int MaxDetailOrders = 50;

    // get_order_list refuses windows longer than 15 days; one second less keeps consecutive windows disjoint.
    private static readonly TimeSpan OrderWindow = TimeSpan.FromDays(15) - TimeSpan.FromSeconds(1);

    public async IAsyncEnumerable<MarketplaceOrder> ListOrdersAsync(
        ShopRef shop, OrderQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Check(shop);
        var end = query.UpdatedTo < clock.GetUtcNow() ? query.UpdatedTo : clock.GetUtcNow();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var from = query.UpdatedFrom; from <= end; from += OrderWindow + TimeSpan.FromSeconds(1))
        {
            var to = from + OrderWindow < end ? from + OrderWindow : end;
            Log.OrderWindow(logger, shop.Marketplace, shop.ShopId, from, to);
            await foreach (var batch in OrderNumbersAsync(shop, from.ToUnixTimeSeconds(), to.ToUnixTimeSeconds(), cancellationToken))
            {
                // An order updated while the range is read can show up in two windows: hand it out once.
                var fresh = batch.Where(seen.Add).ToList();
                foreach (var order in await DetailsAsync(shop, fresh, cancellationToken))
                {
                    yield return order;
                }
            }
        }
    }

    public async Task<MarketplaceOrder?> GetOrderAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default) =>
        await DetailsAsync(shop, [externalOrderId], cancellationToken) is [var order, ..] ? order : null;

    public int MaxOrdersPerCall => MaxDetailOrders;

    public async Task<IReadOnlyList<MarketplaceOrder>> GetOrdersAsync(ShopRef shop, IReadOnlyList<string> externalOrderIds, CancellationToken cancellationToken = default)
    {
        Check(shop);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(externalOrderIds.Count, MaxDetailOrders, nameof(externalOrderIds));
        return await DetailsAsync(shop, [.. externalOrderIds], cancellationToken);
    }

    /// <summary>order_sn in batches of at most 50 (get_order_detail's limit), following next_cursor within one window.</summary>
    private async IAsyncEnumerable<IReadOnlyList<string>> OrderNumbersAsync(ShopRef shop, long from, long to, [EnumeratorCancellation] CancellationToken ct)
    {
        var cursor = "";
        do
        {
            var at = cursor;
            var page = await RunAsync(shop, ShopeeClient.OrderListPath, idempotent: true,
                (token, c) => client.GetOrderListAsync(token, from, to, at, OrderPageSize, c), ct);
            foreach (var chunk in (page.OrderList ?? []).Select(o => o.OrderSn).Chunk(MaxDetailOrders))
            {
                yield return chunk;
            }

            cursor = page.More ? page.NextCursor ?? "" : "";
        }
        while (cursor.Length > 0);
    }

    private async Task<IReadOnlyList<MarketplaceOrder>> DetailsAsync(ShopRef shop, List<string> orderSns, CancellationToken ct)
    {
        if (orderSns.Count == 0)
        {
            return [];
        }

        var detail = await RunAsync(shop, ShopeeClient.OrderDetailPath, idempotent: true, (token, c) => client.GetOrderDetailAsync(token, orderSns, c), ct);
        return [.. detail.OrderList.Select(o => mapper.Map<MarketplaceOrder>(new ShopeeOrderSource(shop, o)))];
    }
}
