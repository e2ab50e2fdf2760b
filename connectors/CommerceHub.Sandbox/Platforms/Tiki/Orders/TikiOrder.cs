namespace CommerceHub.Sandbox.Platforms.Tiki.Orders;

internal sealed record TikiOrderLine(long ProductId, string Sku, string OriginalSku, string Name, long Price, int Quantity);

/// <summary>A buyer's order. Status and times change only under <see cref="Gate"/>.</summary>
internal sealed class TikiOrder
{
    public Lock Gate { get; } = new();

    public required long Id { get; init; }

    public required string Code { get; init; }

    public required string SellerId { get; init; }

    public required IReadOnlyList<TikiOrderLine> Lines { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required long CustomerId { get; init; }

    public required string CustomerName { get; init; }

    public string Status { get; set; } = TikiAssumptions.HappyPath[0];

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Reached queueing once: from then on every move is an ORDER_STATUS_UPDATED event.</summary>
    public bool Accepted { get; set; }

    public string FulfillmentType { get; init; } = "dropship";

    /// <summary>Issued by Tiki's carrier when the seller confirms a drop-ship order.</summary>
    public string? TrackingCode { get; set; }

    public long GrandTotal => Lines.Sum(l => l.Price * l.Quantity);
}

/// <summary>Tiki's documented order statuses; which moves are allowed is in <see cref="TikiAssumptions"/>.</summary>
internal static class TikiOrderStatus
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "queueing", "processing", "waiting_payment", "payment_review", "paid", "packaging", "finished_packing", "picking",
        "ready_to_ship", "handover_to_partner", "shipping", "delivered", "successful_delivery", "complete", "closed",
        "canceled", "returned", "holded",
    };

    public static bool GivesStockBack(string status) => status is "canceled" or "returned";

    public static bool CanMove(string from, string to)
    {
        var path = TikiAssumptions.HappyPath;
        var index = Enumerable.Range(0, path.Count).FirstOrDefault(i => path[i] == from, -1);
        return (index >= 0 && index + 1 < path.Count && path[index + 1] == to)
            || (TikiAssumptions.OffPathMoves.TryGetValue(from, out var next) && next.Contains(to, StringComparer.Ordinal));
    }
}
