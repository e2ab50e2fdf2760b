using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Platforms.Taobao.Catalog;

namespace CommerceHub.Sandbox.Platforms.Taobao.Orders;

/// <summary>Creates buyers' trades against published stock and moves them through Taobao's statuses.</summary>
internal sealed class TaobaoTradeBook(TaobaoCatalog catalog, SandboxClock clock)
{
    // Trade ids are 19 digits, past what a JSON double holds exactly; clients must read tid_str or parse as int64.
    private const long TidBase = 3_600_000_000_000_000_000;
    private long nextTrade;

    public TaobaoTrade? Find(string sellerId, long tid) =>
        catalog.Seller(sellerId) is { } book && book.Trades.TryGetValue(tid, out var trade) ? trade : null;

    /// <summary>Null when the item's stock ran out; the check and the take are one step under the item's lock.</summary>
    public TaobaoTrade? Place(string sellerId, long numIid, int quantity)
    {
        if (catalog.Seller(sellerId) is not { } book || !book.Items.TryGetValue(numIid, out var item))
        {
            return null;
        }

        var sequence = Interlocked.Increment(ref nextTrade);
        TaobaoOrderLine line;
        lock (item.Gate)
        {
            if (quantity < 1 || item.Num < quantity)
            {
                return null;
            }

            item.Num -= quantity;
            line = new TaobaoOrderLine(TidBase + (sequence * 10) + 1, item.NumIid, item.Title, item.OuterId, item.Price, quantity);
        }

        var now = clock.GetUtcNow();
        var trade = new TaobaoTrade
        {
            Tid = TidBase + (sequence * 10),
            SellerId = sellerId,
            SellerNick = book.Nick,
            Lines = [line],
            Created = now,
            Modified = now,
            BuyerNick = $"淘宝买家{sequence:D4}",
            ReceiverName = $"张{sequence}",
        };
        book.Trades[trade.Tid] = trade;
        return trade;
    }

    public bool Move(string sellerId, long tid, string status, string? outSid = null, string? companyCode = null)
    {
        if (Find(sellerId, tid) is not { } trade)
        {
            return false;
        }

        lock (trade.Gate)
        {
            if (!TaobaoTradeStatus.CanMove(trade.Status, status))
            {
                return false;
            }

            var now = clock.GetUtcNow() > trade.Modified ? clock.GetUtcNow() : trade.Modified;
            trade.Status = status;
            trade.Modified = now;
            trade.PayTime ??= status == "WAIT_SELLER_SEND_GOODS" ? now : null;
            trade.ConsignTime ??= status == "WAIT_BUYER_CONFIRM_GOODS" ? now : null;
            trade.EndTime ??= status is "TRADE_FINISHED" || TaobaoTradeStatus.Closes(status) ? now : null;
            trade.OutSid = outSid ?? trade.OutSid;
            trade.CompanyCode = companyCode ?? trade.CompanyCode;
            if (TaobaoTradeStatus.Closes(status))
            {
                foreach (var line in trade.Lines)
                {
                    if (catalog.Item(sellerId, line.NumIid) is { } item)
                    {
                        lock (item.Gate)
                        {
                            item.Num += line.Num;
                        }
                    }
                }
            }
        }

        return true;
    }
}
