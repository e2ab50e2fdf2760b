using CommerceHub.HubApi.Contracts.Orders;
using CommerceHub.HubApi.Contracts.Stock;

namespace CommerceHub.HubApi.Contracts.Realtime;

/// <summary>What the hub pushes to a merchant's connected apps over SignalR (<c>/hubs/merchant</c>).</summary>
public interface IMerchantClient
{
    /// <summary>Progress of a catalog import running in the background.</summary>
    Task ImportProgress(CatalogImportProgress progress);

    /// <summary>A stock movement of one of the merchant's SKUs (received, reserved, committed, released, low, sold out).</summary>
    Task StockChanged(StockEvent stockEvent);

    /// <summary>A listing's publish or sync status changed (pending, live, rejected with the platform's reason, out of sync).</summary>
    Task ListingChanged(ListingStatusChanged listing);

    /// <summary>An order was imported, could not be reserved, shipped, or was cancelled or returned.</summary>
    Task OrderChanged(OrderEvent orderEvent);
}

/// <summary>Where one product stands in one shop.</summary>
/// <param name="ListingId">The hub's listing id.</param>
/// <param name="ProductId">The catalog product.</param>
/// <param name="ShopConnectionId">The connected shop.</param>
/// <param name="Channel">The shop's sales-channel code.</param>
/// <param name="State">Pending, Live, Rejected, OutOfSync or Delisted.</param>
/// <param name="ExternalItemId">The platform's item id, once it exists.</param>
/// <param name="LastError">The platform's (or the market rules') reason for a refusal, readable by the merchant.</param>
/// <param name="At">When the state changed.</param>
public sealed record ListingStatusChanged(
    Guid ListingId, Guid ProductId, Guid ShopConnectionId, string Channel, string State, string? ExternalItemId, string? LastError, DateTimeOffset At);

/// <summary>Where a catalog import stands.</summary>
/// <param name="ImportId">The import's id, as returned by the upload.</param>
/// <param name="Status">Queued, Running, Succeeded, Rejected or Failed.</param>
/// <param name="Processed">Rows checked so far.</param>
/// <param name="Total">Rows in the file.</param>
/// <param name="Errors">Rows refused so far.</param>
public sealed record CatalogImportProgress(Guid ImportId, string Status, int Processed, int Total, int Errors);

/// <summary>SignalR group names, shared by the hub and its clients.</summary>
public static class MerchantGroups
{
    /// <summary>The group of every connection of one merchant's users.</summary>
    public static string Merchant(Guid merchantId) => $"merchant:{merchantId:N}";
}
