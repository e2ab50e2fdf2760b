using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Jd.Dtos;

namespace CommerceHub.Connectors.Jd;

public sealed partial class JdConnector
{
    /// <summary>
    /// Walks [from, min(to, now)] in windows of at most 30 days, filtering on the modified time (date_type 0). JD sorts
    /// a window newest change first, so an order modified during the read leaves it and the ones behind move forward:
    /// the pages are read from the last back to the first, so a moved order lands on a page still to be read. Each
    /// order is yielded once; one that left the window belongs to the next sync.
    /// </summary>
    public async IAsyncEnumerable<MarketplaceOrder> ListOrdersAsync(
        ShopRef shop, OrderQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Check(shop);
        var now = clock.GetUtcNow();
        // JD compares whole seconds: widen the range to the seconds that contain its ends.
        var end = Ceiling(query.UpdatedTo < now ? query.UpdatedTo : now);
        var window = JdConnectorAssumptions.MaxSearchWindow;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var from = Floor(query.UpdatedFrom); from <= end; from = from + window + TimeSpan.FromSeconds(1))
        {
            var to = from + window < end ? from + window : end;
            await foreach (var order in WindowAsync(shop, from, to, cancellationToken))
            {
                if (seen.Add(order.OrderId))
                {
                    yield return mapper.Map<MarketplaceOrder>(new JdOrderSource(shop, order));
                }
            }
        }
    }

    public async Task<MarketplaceOrder?> GetOrderAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default)
    {
        Check(shop);
        Id(externalOrderId, nameof(externalOrderId));
        return await OrderAsync(shop, externalOrderId, cancellationToken) is { } order ? mapper.Map<MarketplaceOrder>(new JdOrderSource(shop, order)) : null;
    }

    private async IAsyncEnumerable<OrderInfoDto> WindowAsync(ShopRef shop, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken ct)
    {
        var size = Options.OrderPageSize;
        var first = await PageAsync(shop, from, to, 1, ct);
        if (first.OrderTotal <= size)
        {
            foreach (var order in first.OrderInfoList ?? [])
            {
                yield return order;
            }

            yield break;
        }

        for (var page = (first.OrderTotal + size - 1) / size; page >= 1; page--)
        {
            foreach (var order in (await PageAsync(shop, from, to, page, ct)).OrderInfoList ?? [])
            {
                yield return order;
            }
        }
    }

    private async Task<SearchResultDto> PageAsync(ShopRef shop, DateTimeOffset from, DateTimeOffset to, int page, CancellationToken ct)
    {
        Log.OrderPage(logger, shop.Marketplace, shop.ShopId, from, to, page);
        var response = await RunAsync(shop, JdClient.SearchMethod, idempotent: true,
            (token, c) => client.SearchOrdersAsync(token, from, to, page, Options.OrderPageSize, c), ct);
        var result = response.Result ?? throw JdErrors.Client("client.answer", "jingdong.pop.order.search answered without searchorderinfo_result.");
        if (result.ApiResult is { Success: false } refused)
        {
            throw JdErrors.Business(JdClient.SearchMethod, refused.ChineseErrCode, refused.EnglishErrCode, notFound: false, "");
        }

        return result;
    }

    /// <summary>jingdong.pop.order.get; apiResult.success false means JD does not know the order.</summary>
    private async Task<OrderInfoDto?> OrderAsync(ShopRef shop, string orderId, CancellationToken ct)
    {
        var detail = (await RunAsync(shop, JdClient.GetMethod, idempotent: true, (token, c) => client.GetOrderAsync(token, orderId, c), ct)).OrderDetailInfo;
        return detail is { ApiResult.Success: true } ? detail.OrderInfo : null;
    }

    private static DateTimeOffset Floor(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));

    private static DateTimeOffset Ceiling(DateTimeOffset time) => time.Ticks % TimeSpan.TicksPerSecond == 0 ? time : Floor(time).AddSeconds(1);
}
