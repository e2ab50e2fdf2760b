namespace CommerceHub.Sandbox.Platforms.Taobao.Orders;

internal sealed record TaobaoOrderLine(long Oid, long NumIid, string Title, string OuterIid, decimal Price, int Num);

/// <summary>A buyer's trade. Status, times and shipping change only under <see cref="Gate"/>.</summary>
internal sealed class TaobaoTrade
{
    public Lock Gate { get; } = new();

    public required long Tid { get; init; }

    public required string SellerId { get; init; }

    public required string SellerNick { get; init; }

    public required IReadOnlyList<TaobaoOrderLine> Lines { get; init; }

    public required DateTimeOffset Created { get; init; }

    public required string BuyerNick { get; init; }

    public required string ReceiverName { get; init; }

    public string Status { get; set; } = TaobaoAssumptions.HappyPath[0];

    public DateTimeOffset Modified { get; set; }

    public DateTimeOffset? PayTime { get; set; }

    public DateTimeOffset? ConsignTime { get; set; }

    public DateTimeOffset? EndTime { get; set; }

    public string OutSid { get; set; } = "";

    public string CompanyCode { get; set; } = "";

    public decimal TotalFee => Lines.Sum(l => l.Price * l.Num);
}

/// <summary>Taobao's trade statuses and the moves the sandbox allows between them.</summary>
internal static class TaobaoTradeStatus
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "WAIT_BUYER_PAY", "WAIT_SELLER_SEND_GOODS", "SELLER_CONSIGNED_PART", "WAIT_BUYER_CONFIRM_GOODS", "TRADE_BUYER_SIGNED",
        "TRADE_FINISHED", "TRADE_CLOSED", "TRADE_CLOSED_BY_TAOBAO", "TRADE_NO_CREATE_PAY", "PAY_PENDING", "WAIT_PRE_AUTH_CONFIRM",
    };

    public static bool Closes(string status) => status is "TRADE_CLOSED" or "TRADE_CLOSED_BY_TAOBAO";

    public static bool CanMove(string from, string to)
    {
        var path = TaobaoAssumptions.HappyPath;
        var index = Enumerable.Range(0, path.Count).FirstOrDefault(i => path[i] == from, -1);
        return (index >= 0 && index + 1 < path.Count && path[index + 1] == to)
            || (TaobaoAssumptions.OffPathMoves.TryGetValue(from, out var next) && next.Contains(to, StringComparer.Ordinal));
    }
}
