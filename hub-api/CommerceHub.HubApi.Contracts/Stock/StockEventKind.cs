namespace CommerceHub.HubApi.Contracts.Stock;

/// <summary>What happened to a SKU's stock in one warehouse.</summary>
public enum StockEventKind
{
    /// <summary>On-hand stock was received or adjusted.</summary>
    Changed,

    /// <summary>Stock was set aside for a reservation.</summary>
    Reserved,

    /// <summary>Reserved stock left the pool (shipped or sold).</summary>
    Committed,

    /// <summary>Reserved stock went back to the available pool on request.</summary>
    Released,

    /// <summary>Reserved stock went back to the available pool because the reservation timed out.</summary>
    Expired,

    /// <summary>Available stock over all warehouses fell below the low-stock threshold.</summary>
    Low,

    /// <summary>Available stock over all warehouses reached zero.</summary>
    SoldOut,
}
