namespace CommerceHub.Sandbox.Platforms.Shopee.Orders;

internal sealed record ShopeeOrderLine(
    long ItemId,
    string ItemName,
    string ItemSku,
    long ModelId,
    string ModelName,
    string ModelSku,
    int Quantity,
    decimal Price);

internal sealed record ShopeeRecipient(string Name, string Phone, string Town, string District, string City, string State, string Region, string Zipcode, string FullAddress);

/// <summary>A buyer's order. The mutable part (status, times, tracking) changes only under <see cref="Gate"/>.</summary>
internal sealed class ShopeeOrder
{
    public Lock Gate { get; } = new();

    public required string OrderSn { get; init; }

    public required long ShopId { get; init; }

    public required string Region { get; init; }

    public required string Currency { get; init; }

    public required IReadOnlyList<ShopeeOrderLine> Lines { get; init; }

    public required long CreateTime { get; init; }

    public required string BuyerUsername { get; init; }

    public required long BuyerUserId { get; init; }

    public required ShopeeRecipient Recipient { get; init; }

    public required string PackageNumber { get; init; }

    public string Status { get; set; } = ShopeeOrderStatus.Unpaid;

    public long UpdateTime { get; set; }

    public long? PayTime { get; set; }

    public string TrackingNumber { get; set; } = "";

    public string? CancelBy { get; set; }

    public decimal TotalAmount => Lines.Sum(l => l.Price * l.Quantity);
}

/// <summary>Shopee's order statuses and the moves the sandbox allows between them.</summary>
internal static class ShopeeOrderStatus
{
    public const string Unpaid = "UNPAID";
    public const string ReadyToShip = "READY_TO_SHIP";
    public const string Processed = "PROCESSED";
    public const string RetryShip = "RETRY_SHIP";
    public const string Shipped = "SHIPPED";
    public const string ToConfirmReceive = "TO_CONFIRM_RECEIVE";
    public const string InCancel = "IN_CANCEL";
    public const string Cancelled = "CANCELLED";
    public const string ToReturn = "TO_RETURN";
    public const string Completed = "COMPLETED";

    public static readonly IReadOnlyList<string> HappyPath = [Unpaid, ReadyToShip, Processed, Shipped, ToConfirmReceive, Completed];

    // The statuses are documented; which moves Shopee allows between them is the sandbox's reading of the flow.
    private static readonly Dictionary<string, string[]> Moves = new(StringComparer.Ordinal)
    {
        [Unpaid] = [ReadyToShip, Cancelled],
        [ReadyToShip] = [Processed, InCancel, Cancelled],
        [Processed] = [Shipped, RetryShip, InCancel, Cancelled],
        [RetryShip] = [Processed, Shipped],
        [InCancel] = [Cancelled, ReadyToShip],
        [Shipped] = [ToConfirmReceive, ToReturn],
        [ToConfirmReceive] = [Completed, ToReturn],
        [ToReturn] = [Completed, Cancelled],
    };

    public static bool CanMove(string from, string to) => Moves.TryGetValue(from, out var next) && next.Contains(to, StringComparer.Ordinal);
}
