using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin.Dtos;

namespace CommerceHub.Connectors.Douyin;

public sealed partial class DouyinConnector
{
    /// <summary>
    /// order.searchList by update time, oldest first, in windows no longer than <see cref="DouyinOptions.MaxOrderWindow"/>.
    /// Within a window, a full page moves the window's start to the last row's update time and starts again at page 0,
    /// so an order updated during paging cannot shift rows past the reader and the platform's deep-paging cap is never
    /// reached. An order is handed out once per enumeration.
    /// </summary>
    public async IAsyncEnumerable<MarketplaceOrder> ListOrdersAsync(
        ShopRef shop, OrderQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var end = query.UpdatedTo.ToUnixTimeSeconds();
        var window = (long)client.Options.MaxOrderWindow.TotalSeconds;
        for (var from = query.UpdatedFrom.ToUnixTimeSeconds(); from <= end; from += window + 1)
        {
            var to = Math.Min(end, from + window);
            var (start, page, count) = (from, 0, 0);
            while (true)
            {
                var request = new OrderSearchRequest(page, client.Options.PageSize, start, to, "update_time", OrderAsc: true);
                var data = await RunAsync(shop, DouyinClient.OrderSearch, idempotent: true, (token, ct) => client.SearchOrdersAsync(token, request, ct), cancellationToken);
                var rows = data.ShopOrderList ?? [];
                foreach (var order in rows.Where(o => seen.Add(o.ShopOrderId)))
                {
                    count++;
                    yield return mapper.Map<MarketplaceOrder>(new DouyinOrderSource(shop, order));
                }

                if (rows.Count < client.Options.PageSize)
                {
                    break;
                }

                // A page of rows all updated in the same second cannot move the start: page on instead.
                (start, page) = rows[^1].UpdateTime > start ? (rows[^1].UpdateTime, 0) : (start, page + 1);
            }

            Log.OrderWindowRead(logger, shop.Marketplace, shop.ShopId, DateTimeOffset.FromUnixTimeSeconds(from), DateTimeOffset.FromUnixTimeSeconds(to), count);
        }
    }

    public async Task<MarketplaceOrder?> GetOrderAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default) =>
        await OrderDtoAsync(shop, externalOrderId, cancellationToken) is { } order ? mapper.Map<MarketplaceOrder>(new DouyinOrderSource(shop, order)) : null;

    /// <summary>order.orderDetail; Douyin answers an unknown order with a business error, read here as null.</summary>
    private async Task<OrderDto?> OrderDtoAsync(ShopRef shop, string orderId, CancellationToken ct)
    {
        try
        {
            return (await RunAsync(shop, DouyinClient.OrderDetail, idempotent: true, (token, c) => client.GetOrderAsync(token, orderId, c), ct)).ShopOrderDetail;
        }
        catch (MarketplaceNotFoundException)
        {
            return null;
        }
    }
}
