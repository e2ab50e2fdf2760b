namespace CommerceHub.Sandbox.Platforms.Lazada.Orders;

/// <summary>One unit bought: Lazada tracks status, package and tracking per order item, not per order.</summary>
internal sealed class LazadaOrderItem
{
    public required long OrderItemId { get; init; }

    public required long ItemId { get; init; }

    public required long SkuId { get; init; }

    public required string SellerSku { get; init; }

    public required string ShopSku { get; init; }

    public required string Name { get; init; }

    public required decimal Price { get; init; }

    public string Status { get; set; } = LazadaItemStatus.Unpaid;

    public DateTimeOffset UpdatedAt { get; set; }

    public string PackageId { get; set; } = "";

    public string TrackingCode { get; set; } = "";

    public string ShipmentProvider { get; set; } = "";
}

internal sealed record LazadaAddress(string FirstName, string LastName, string Phone, string Address1, string City, string PostCode, string Country);

/// <summary>A buyer's order. Item statuses and times change only under <see cref="Gate"/>.</summary>
internal sealed class LazadaOrder
{
    public Lock Gate { get; } = new();

    public required long OrderId { get; init; }

    public required string SellerId { get; init; }

    public required string Currency { get; init; }

    public required TimeSpan Offset { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string CustomerFirstName { get; init; }

    public required LazadaAddress Address { get; init; }

    public required IReadOnlyList<LazadaOrderItem> Items { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public decimal Price => Items.Sum(i => i.Price);
}

/// <summary>Lazada's item statuses and the moves the sandbox allows between them.</summary>
internal static class LazadaItemStatus
{
    public const string Unpaid = "unpaid";
    public const string Pending = "pending";
    public const string Packed = "packed";
    public const string Repacked = "repacked";
    public const string ReadyToShip = "ready_to_ship";
    public const string Shipped = "shipped";
    public const string Delivered = "delivered";
    public const string Canceled = "canceled";
    public const string Returned = "returned";
    public const string FailedDelivery = "failed_delivery";
    public const string LostBy3pl = "lost_by_3pl";
    public const string DamagedBy3pl = "damaged_by_3pl";
    public const string ShippedBack = "shipped_back";
    public const string ShippedBackSuccess = "shipped_back_success";

    public static readonly IReadOnlyList<string> HappyPath = [Unpaid, Pending, Packed, ReadyToShip, Shipped, Delivered];

    // The statuses are documented, as is "pack only from pending/repacked, RTS only from packed"; the other moves
    // are the sandbox's reading of the flow.
    private static readonly Dictionary<string, string[]> Moves = new(StringComparer.Ordinal)
    {
        [Unpaid] = [Pending, Canceled],
        [Pending] = [Packed, Canceled],
        [Packed] = [ReadyToShip, Repacked, Canceled],
        [Repacked] = [Packed, Canceled],
        [ReadyToShip] = [Shipped, Canceled],
        [Shipped] = [Delivered, FailedDelivery, LostBy3pl, DamagedBy3pl],
        [FailedDelivery] = [ShippedBack],
        [ShippedBack] = [ShippedBackSuccess],
        [Delivered] = [Returned],
    };

    public static bool CanMove(string from, string to) => Moves.TryGetValue(from, out var next) && next.Contains(to, StringComparer.Ordinal);
}
