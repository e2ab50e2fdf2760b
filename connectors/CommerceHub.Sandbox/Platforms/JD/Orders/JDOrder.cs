namespace CommerceHub.Sandbox.Platforms.JD.Orders;

internal sealed record JDOrderLine(long SkuId, long WareId, string OuterSkuId, string SkuName, decimal JdPrice, int Quantity);

/// <summary>A buyer's POP order. State, times and the waybill change only under <see cref="Gate"/>.</summary>
internal sealed class JDOrder
{
    public Lock Gate { get; } = new();

    public required string OrderId { get; init; }

    public required string VenderId { get; init; }

    public required IReadOnlyList<JDOrderLine> Lines { get; init; }

    public required DateTimeOffset StartTime { get; init; }

    public required string Pin { get; init; }

    public required string ConsigneeName { get; init; }

    public string State { get; set; } = JDAssumptions.HappyPath[0];

    public DateTimeOffset Modified { get; set; }

    public DateTimeOffset? EndTime { get; set; }

    public string Waybill { get; set; } = "";

    public string LogisticsId { get; set; } = "";

    public decimal Total => Lines.Sum(l => l.JdPrice * l.Quantity);
}

/// <summary>Which moves between JD states the sandbox allows (see <see cref="JDAssumptions"/>).</summary>
internal static class JDOrderState
{
    public static bool CanMove(string from, string to)
    {
        var path = JDAssumptions.HappyPath;
        var index = Enumerable.Range(0, path.Count).FirstOrDefault(i => path[i] == from, -1);
        return (index >= 0 && index + 1 < path.Count && path[index + 1] == to)
            || (JDAssumptions.OffPathMoves.TryGetValue(from, out var next) && next.Contains(to, StringComparer.Ordinal));
    }
}
