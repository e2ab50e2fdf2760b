using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Taobao.Dtos;

namespace CommerceHub.Connectors.Taobao;

public sealed partial class TaobaoConnector
{
    // taobao.trades.sold.increment.get refuses windows longer than one day.
    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(1);

    /// <summary>
    /// Walks [from, min(to, now)] in windows of at most one day. TOP sorts a window newest change first, so a trade
    /// modified during the read leaves the window and the ones behind it move forward one place: the pages are read
    /// from the last back to the first, so a moved trade lands on a page still to be read instead of being skipped.
    /// Each trade is yielded once; one that left the window belongs to the next sync.
    /// </summary>
    public async IAsyncEnumerable<MarketplaceOrder> ListOrdersAsync(
        ShopRef shop, OrderQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Check(shop);
        var now = clock.GetUtcNow();
        // TOP compares whole seconds: widen the range to the seconds that contain its ends.
        var end = Ceiling(query.UpdatedTo < now ? query.UpdatedTo : now);
        if (query.UpdatedFrom < now - TaobaoConnectorAssumptions.IncrementHistory)
        {
            throw TaobaoErrors.Client("client.order_window", "Taobao serves trade changes of the last three months only; start the sync later.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var from = Floor(query.UpdatedFrom); from <= end; from = from + MaxWindow + TimeSpan.FromSeconds(1))
        {
            var to = from + MaxWindow < end ? from + MaxWindow : end;
            await foreach (var trade in WindowAsync(shop, from, to, cancellationToken))
            {
                if (seen.Add(trade.TidStr))
                {
                    yield return mapper.Map<MarketplaceOrder>(new TaobaoTradeSource(shop, trade, null));
                }
            }
        }
    }

    public async Task<MarketplaceOrder?> GetOrderAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default)
    {
        Check(shop);
        Id(externalOrderId, nameof(externalOrderId));
        var trade = await TradeAsync(shop, externalOrderId, cancellationToken);
        if (trade is null)
        {
            return null;
        }

        var tracking = TaobaoStatuses.IsShippedOrLater(trade.Status) ? await TrackingAsync(shop, externalOrderId, cancellationToken) : null;
        return mapper.Map<MarketplaceOrder>(new TaobaoTradeSource(shop, trade, tracking));
    }

    /// <summary>The first page tells the total; if there are more, pages are read again from the last one down to the first.</summary>
    private async IAsyncEnumerable<TradeDto> WindowAsync(ShopRef shop, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken ct)
    {
        var size = Options.OrderPageSize;
        var first = await PageAsync(shop, from, to, 1, ct);
        if (first.TotalResults <= size)
        {
            foreach (var trade in first.Trades?.Trade ?? [])
            {
                yield return trade;
            }

            yield break;
        }

        for (var pageNo = (first.TotalResults + size - 1) / size; pageNo >= 1; pageNo--)
        {
            foreach (var trade in (await PageAsync(shop, from, to, pageNo, ct)).Trades?.Trade ?? [])
            {
                yield return trade;
            }
        }
    }

    private static DateTimeOffset Floor(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));

    private static DateTimeOffset Ceiling(DateTimeOffset time) => time.Ticks % TimeSpan.TicksPerSecond == 0 ? time : Floor(time).AddSeconds(1);

    private Task<TradesResponse> PageAsync(ShopRef shop, DateTimeOffset from, DateTimeOffset to, int pageNo, CancellationToken ct)
    {
        Log.OrderPage(logger, shop.Marketplace, shop.ShopId, from, to, pageNo);
        return RunAsync(shop, TaobaoClient.IncrementMethod, idempotent: true,
            (token, c) => client.GetIncrementAsync(token, from, to, pageNo, Options.OrderPageSize, c), ct);
    }

    private async Task<TradeDto?> TradeAsync(ShopRef shop, string tid, CancellationToken ct)
    {
        try
        {
            var found = await RunAsync(shop, TaobaoClient.FullInfoMethod, idempotent: true, (token, c) => client.GetTradeAsync(token, tid, c), ct);
            return found.Trade;
        }
        catch (MarketplaceNotFoundException)
        {
            return null;
        }
    }
}
