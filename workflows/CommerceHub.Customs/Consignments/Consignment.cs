namespace CommerceHub.Customs.Consignments;

/// <summary>A company as customs knows it: 10-digit customs code or 18-digit unified social credit code, and its name.</summary>
public sealed record Party(string Code, string Name);

/// <summary>Who receives the goods abroad; it decides between retail (9610) and the B2B modes (9710, 9810).</summary>
public enum BuyerKind
{
    Consumer,
    ForeignBusiness,
    OwnOverseasWarehouse,
}

/// <summary>The zone the goods leave from when they were stored bonded (mode 1210); all three fields are mandatory.</summary>
public sealed record BondedZone(string IacCode, string IacName, string EmsNo);

/// <summary>
/// One line of goods. Units are the customs 3-digit unit codes (011 piece, 035 kg); the legal unit is the one the
/// tariff line prescribes. ItemRecordNo is the bonded account's item number, required for 1210 only.
/// </summary>
public sealed record GoodsLine(
    string ItemNo,
    string Name,
    string HsCode,
    string Model,
    decimal Quantity,
    string Unit,
    decimal LegalQuantity,
    string LegalUnit,
    decimal UnitPriceCny)
{
    public string? BarCode { get; init; }

    public string? ItemRecordNo { get; init; }

    public decimal TotalCny => Quantity * UnitPriceCny;
}

/// <summary>
/// Everything the hub knows about one outbound consignment (one parcel for 9610, one shipment for the B2B modes).
/// Codes are the customs parameter codes used inside CEB messages: 4-digit customs districts, 3-digit countries,
/// 1-character transport modes.
/// </summary>
public sealed record Consignment
{
    /// <summary>The enterprise's own number for the inventory list (copNo); also the key receipts come back with.</summary>
    public required string CopNo { get; init; }

    public required string OrderNo { get; init; }

    public required string LogisticsNo { get; init; }

    /// <summary>The e-commerce platform (ebp).</summary>
    public required Party Platform { get; init; }

    /// <summary>The e-commerce enterprise selling the goods (ebc), the consignor on the list.</summary>
    public required Party Merchant { get; init; }

    /// <summary>Producer or seller (owner); the merchant when it produces or sells the goods itself.</summary>
    public Party? Owner { get; init; }

    public required Party Logistics { get; init; }

    /// <summary>The declaring agent (may be the merchant itself).</summary>
    public required Party Agent { get; init; }

    /// <summary>Customs district receiving the declaration, e.g. 7208 Pingxiang.</summary>
    public required string CustomsCode { get; init; }

    /// <summary>Exit customs, e.g. 7208.</summary>
    public required string PortCode { get; init; }

    /// <summary>Country of arrival, customs 3-digit code (141 Viet Nam, 145 Kazakhstan, 142 is China).</summary>
    public required string DestinationCountry { get; init; }

    /// <summary>Port of destination (POD, 3–4 characters); the destination country code when no port is known.</summary>
    public string? DestinationPort { get; init; }

    public required BuyerKind BuyerKind { get; init; }

    /// <summary>trafMode: 2 water, 3 rail, 4 road, 5 air, 6 post.</summary>
    public required string TransportMode { get; init; }

    /// <summary>Supervised site code (loctNo), when the site is known at declaration time.</summary>
    public string? SiteCode { get; init; }

    public decimal FreightCny { get; init; }

    public decimal InsuredFeeCny { get; init; }

    public required decimal GrossWeightKg { get; init; }

    public required decimal NetWeightKg { get; init; }

    public int PackageCount { get; init; } = 1;

    /// <summary>Packing kind, customs 1-character code (2 carton).</summary>
    public string WrapType { get; init; } = "2";

    public required IReadOnlyList<GoodsLine> Lines { get; init; }

    public bool NeedsLicence { get; init; }

    public bool NeedsInspection { get; init; }

    public bool DutyPayable { get; init; }

    /// <summary>The goods leave a special customs supervision zone or bonded logistics centre.</summary>
    public bool FromBondedZone { get; init; }

    public BondedZone? BondedZone { get; init; }

    /// <summary>The overseas warehouse booking number (订仓单号) that 9810 declares instead of a sales order.</summary>
    public string? OverseasWarehouseBooking { get; init; }

    public decimal ValueCny => Lines.Sum(l => l.TotalCny);

    public Party OwnerOrMerchant => Owner ?? Merchant;
}
