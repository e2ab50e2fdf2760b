namespace CommerceHub.HubApi.Infrastructure.Auth;

/// <summary>The four kinds of user of a hub.</summary>
public enum HubRole
{
    /// <summary>Runs the border park's hub: merchants, users, warehouses, jobs. Sees no merchant's catalog or money.</summary>
    Operator,

    /// <summary>Runs one merchant: catalog, prices, stock, channels, users.</summary>
    MerchantAdmin,

    /// <summary>Streams live: reads catalog and stock, runs live sessions; cannot change prices.</summary>
    Host,

    /// <summary>Border-warehouse and customs staff: stock movements and consignments; no prices, costs or payouts.</summary>
    Warehouse,
}
