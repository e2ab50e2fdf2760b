using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Tiki;

/// <summary>Tiki's order statuses to the hub's. Orders count as accepted from queueing; earlier ones are not listed.</summary>
internal static class TikiStatuses
{
    public const string Queueing = "queueing";

    /// <summary>Before queueing the order may still fail; Tiki advises to take only orders that reached queueing.</summary>
    public static readonly IReadOnlyList<string> NotYetAccepted = ["processing", "waiting_payment"];

    public static OrderStatus ToHub(string? status) => status switch
    {
        "waiting_payment" or "payment_review" or "processing" or "holded" => OrderStatus.Unpaid,
        Queueing or "paid" or "packaging" => OrderStatus.ReadyToShip,
        "finished_packing" or "picking" or "ready_to_ship" => OrderStatus.Processed,
        "handover_to_partner" or "shipping" => OrderStatus.Shipped,
        "delivered" or "successful_delivery" => OrderStatus.Delivered,
        "complete" or "closed" => OrderStatus.Completed,
        "canceled" => OrderStatus.Cancelled,
        "returned" => OrderStatus.Returning,
        _ => OrderStatus.Unknown,
    };

    /// <summary>Confirmed by the seller (here or in Seller Center) and on its way: a drop-ship confirmation would be refused.</summary>
    public static bool IsConfirmed(string status) =>
        status is not (Queueing or "paid") && ToHub(status) is OrderStatus.ReadyToShip or OrderStatus.Processed or OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Completed;
}
