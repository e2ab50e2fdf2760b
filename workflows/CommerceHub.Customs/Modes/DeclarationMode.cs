namespace CommerceHub.Customs.Modes;

/// <summary>How a consignment is declared: one of the cross-border e-commerce list modes, or a broker's full declaration.</summary>
public enum DeclarationMode
{
    /// <summary>9610 跨境贸易电子商务: B2C parcels to foreign consumers.</summary>
    Retail9610,

    /// <summary>9710 跨境电商B2B直接出口: goods sold to a foreign company and shipped straight to it.</summary>
    B2BDirect9710,

    /// <summary>9810 跨境电商出口海外仓: bulk to an overseas warehouse, sold later.</summary>
    OverseasWarehouse9810,

    /// <summary>1210 保税电商: goods leaving a bonded zone.</summary>
    Bonded1210,

    /// <summary>None of the list modes qualifies: a customs broker files a full export declaration (报关单).</summary>
    BrokerDeclaration,
}
