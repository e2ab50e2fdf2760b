using System.Globalization;

namespace CommerceHub.Sandbox.Platforms.Taobao.Orders;

/// <summary>A trade as the trade APIs return it, cut down to the requested fields (orders or orders.x keeps the order list).</summary>
internal static class TaobaoTradeViews
{
    public static Dictionary<string, object?> Trade(TaobaoTrade trade, IReadOnlySet<string>? fields)
    {
        lock (trade.Gate)
        {
            var total = TaobaoJson.Money(trade.TotalFee);
            var line = trade.Lines[0];
            var view = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["tid"] = trade.Tid,
                ["tid_str"] = trade.Tid.ToString(CultureInfo.InvariantCulture),
                ["status"] = trade.Status,
                ["type"] = "fixed",
                ["created"] = TaobaoJson.Time(trade.Created),
                ["modified"] = TaobaoJson.Time(trade.Modified),
                ["pay_time"] = trade.PayTime is { } paid ? TaobaoJson.Time(paid) : null,
                ["consign_time"] = trade.ConsignTime is { } sent ? TaobaoJson.Time(sent) : null,
                ["end_time"] = trade.EndTime is { } end ? TaobaoJson.Time(end) : null,
                ["seller_nick"] = trade.SellerNick,
                ["buyer_nick"] = trade.BuyerNick,
                ["title"] = line.Title,
                ["num_iid"] = line.NumIid,
                ["num"] = trade.Lines.Sum(l => l.Num),
                ["price"] = TaobaoJson.Money(line.Price),
                ["total_fee"] = total,
                ["payment"] = total,
                ["post_fee"] = "0.00",
                ["receiver_name"] = trade.ReceiverName,
                ["receiver_state"] = "浙江省",
                ["receiver_city"] = "杭州市",
                ["receiver_district"] = "西湖区",
                ["receiver_address"] = "文三路 100 号",
                ["receiver_mobile"] = "138****0000",
                ["orders"] = new
                {
                    order = trade.Lines.Select(l => new
                    {
                        oid = l.Oid,
                        oid_str = l.Oid.ToString(CultureInfo.InvariantCulture),
                        num_iid = l.NumIid,
                        title = l.Title,
                        outer_iid = l.OuterIid,
                        price = TaobaoJson.Money(l.Price),
                        num = l.Num,
                        total_fee = TaobaoJson.Money(l.Price * l.Num),
                        payment = TaobaoJson.Money(l.Price * l.Num),
                        status = trade.Status,
                        refund_status = "NO_REFUND",
                    }).ToList(),
                },
            };
            return fields is null
                ? view
                : view.Where(p => fields.Contains(p.Key) || (p.Key == "orders" && fields.Any(f => f.StartsWith("orders.", StringComparison.Ordinal))))
                    .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        }
    }
}
