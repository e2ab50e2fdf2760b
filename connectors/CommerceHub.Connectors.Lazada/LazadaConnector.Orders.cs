using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Lazada.Dtos;

namespace CommerceHub.Connectors.Lazada;

public sealed partial class LazadaConnector
{
    // /orders/get refuses offsets above 5000.
    private const int MaxOrderOffset = 5000;

    /// <summary>
    /// Pages /orders/get by update time, oldest first. After each full page update_after moves to the page's last
    /// update time and the offset restarts (skipping only the orders already read at that same second), so the
    /// 5000 offset cap is never reached and orders changing during the read cannot shift a page.
    /// </summary>
    public async IAsyncEnumerable<MarketplaceOrder> ListOrdersAsync(
        ShopRef shop, OrderQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Check(shop);
        var end = (query.UpdatedTo < clock.GetUtcNow() ? query.UpdatedTo : clock.GetUtcNow()).AddSeconds(1); // "before" is exclusive
        var after = query.UpdatedFrom;
        var atAfter = 0; // orders already read whose update time equals "after"
        var seen = new HashSet<long>();
        var limit = Options.OrderPageSize;
        while (true)
        {
            Log.OrderPage(logger, shop.Marketplace, shop.ShopId, after, atAfter);
            var (from, offset) = (after, atAfter);
            var page = await RunAsync(shop, LazadaClient.OrdersPath, idempotent: true,
                (token, c) => client.GetOrdersAsync(token, from, end, offset, limit, c), cancellationToken);
            var orders = page.Orders ?? [];
            foreach (var order in orders.Where(o => seen.Add(o.OrderId)))
            {
                yield return await WithItemsAsync(shop, order, cancellationToken);
            }

            if (orders.Count < limit)
            {
                yield break;
            }

            var last = orders[^1].UpdatedAt;
            var sameSecond = orders.Count(o => o.UpdatedAt == last);
            (after, atAfter) = last > after ? (last, sameSecond) : (after, atAfter + orders.Count);
            if (atAfter > MaxOrderOffset)
            {
                throw LazadaErrors.Client("client.order_offset", $"More than {MaxOrderOffset} Lazada orders share the update time {last:O}; they cannot be paged.");
            }
        }
    }

    public async Task<MarketplaceOrder?> GetOrderAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default)
    {
        Check(shop);
        var id = Id(externalOrderId, nameof(externalOrderId));
        try
        {
            var order = await RunAsync(shop, LazadaClient.OrderPath, idempotent: true, (token, c) => client.GetOrderAsync(token, id, c), cancellationToken);
            return await WithItemsAsync(shop, order, cancellationToken);
        }
        catch (MarketplaceNotFoundException)
        {
            return null;
        }
    }

    private async Task<MarketplaceOrder> WithItemsAsync(ShopRef shop, OrderDto order, CancellationToken ct)
    {
        var items = await ItemsAsync(shop, order.OrderId, ct);
        return mapper.Map<MarketplaceOrder>(new LazadaOrderSource(shop, order, items, Currency(shop)));
    }

    private Task<List<OrderItemDto>> ItemsAsync(ShopRef shop, long orderId, CancellationToken ct) =>
        RunAsync(shop, LazadaClient.OrderItemsPath, idempotent: true, (token, c) => client.GetOrderItemsAsync(token, orderId, c), ct);
}
