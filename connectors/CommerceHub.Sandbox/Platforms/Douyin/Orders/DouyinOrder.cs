namespace CommerceHub.Sandbox.Platforms.Douyin.Orders;

internal sealed record DouyinOrderLine(string SkuOrderId, long ProductId, string ProductName, long SkuId, string Code, string Spec, long PriceFen, int Quantity);

/// <summary>A buyer's shop order. Status, times and logistics change only under <see cref="Gate"/>.</summary>
internal sealed class DouyinOrder
{
    public Lock Gate { get; } = new();

    public required string ShopOrderId { get; init; }

    public required string ShopId { get; init; }

    public required IReadOnlyList<DouyinOrderLine> Lines { get; init; }

    public required DateTimeOffset CreateTime { get; init; }

    public required string Receiver { get; init; }

    public string Status { get; set; } = DouyinAssumptions.HappyPath[0];

    public DateTimeOffset UpdateTime { get; set; }

    public DateTimeOffset? ShipTime { get; set; }

    public string TrackingNo { get; set; } = "";

    public string Company { get; set; } = "";

    public long TotalFen => Lines.Sum(l => l.PriceFen * l.Quantity);
}

/// <summary>Which moves between Douyin statuses the sandbox allows (see <see cref="DouyinAssumptions"/>).</summary>
internal static class DouyinOrderState
{
    public static bool CanMove(string from, string to)
    {
        var path = DouyinAssumptions.HappyPath;
        var index = Enumerable.Range(0, path.Count).FirstOrDefault(i => path[i] == from, -1);
        return (index >= 0 && index + 1 < path.Count && path[index + 1] == to)
            || (DouyinAssumptions.OffPathMoves.TryGetValue(from, out var next) && next.Contains(to, StringComparer.Ordinal));
    }
}
