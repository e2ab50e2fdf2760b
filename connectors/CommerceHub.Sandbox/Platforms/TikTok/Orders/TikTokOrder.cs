namespace CommerceHub.Sandbox.Platforms.TikTok.Orders;

/// <summary>One unit bought; TikTok lists a line item per unit.</summary>
internal sealed record TikTokLineItem(string Id, string ProductId, string ProductName, string SkuId, string SellerSku, decimal Price);

internal sealed record TikTokRecipient(string Name, string PhoneNumber, string FullAddress, string PostalCode, string RegionCode);

/// <summary>A buyer's order. Status, times, tracking and history change only under <see cref="Gate"/>.</summary>
internal sealed class TikTokOrder
{
    public Lock Gate { get; } = new();

    public required string Id { get; init; }

    public required string ShopId { get; init; }

    public required string Currency { get; init; }

    public required string WarehouseId { get; init; }

    public required string PackageId { get; init; }

    public required long CreateTime { get; init; }

    public required IReadOnlyList<TikTokLineItem> LineItems { get; init; }

    public required TikTokRecipient Recipient { get; init; }

    public string Status { get; set; } = TikTokOrderStatus.Unpaid;

    public long UpdateTime { get; set; }

    public long? PaidTime { get; set; }

    public string TrackingNumber { get; set; } = "";

    public string ShippingProvider { get; set; } = "";

    public List<(string Status, long Time)> History { get; } = [];

    public decimal SubTotal => LineItems.Sum(l => l.Price);
}

/// <summary>TikTok Shop's order statuses and the moves the sandbox allows between them.</summary>
internal static class TikTokOrderStatus
{
    public const string Unpaid = "UNPAID";
    public const string OnHold = "ON_HOLD";
    public const string AwaitingShipment = "AWAITING_SHIPMENT";
    public const string PartiallyShipping = "PARTIALLY_SHIPPING";
    public const string AwaitingCollection = "AWAITING_COLLECTION";
    public const string InTransit = "IN_TRANSIT";
    public const string Delivered = "DELIVERED";
    public const string Completed = "COMPLETED";
    public const string Cancelled = "CANCELLED";

    public static readonly IReadOnlyList<string> HappyPath = [Unpaid, OnHold, AwaitingShipment, AwaitingCollection, InTransit, Delivered, Completed];

    // The statuses are documented; which moves TikTok allows between them is the sandbox's reading of the flow.
    private static readonly Dictionary<string, string[]> Moves = new(StringComparer.Ordinal)
    {
        [Unpaid] = [OnHold, AwaitingShipment, Cancelled],
        [OnHold] = [AwaitingShipment, Cancelled],
        [AwaitingShipment] = [AwaitingCollection, PartiallyShipping, Cancelled],
        [PartiallyShipping] = [AwaitingCollection, InTransit],
        [AwaitingCollection] = [InTransit, Cancelled],
        [InTransit] = [Delivered],
        [Delivered] = [Completed],
    };

    public static bool CanMove(string from, string to) => Moves.TryGetValue(from, out var next) && next.Contains(to, StringComparer.Ordinal);
}
