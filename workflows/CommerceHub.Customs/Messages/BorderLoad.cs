using CommerceHub.Customs.Consignments;

namespace CommerceHub.Customs.Messages;

/// <summary>One parcel on a border-crossing load: its waybill, the bag or pallet it travels in, and its list number once known.</summary>
public sealed record LoadParcel(string LogisticsNo, string? TotalPackageNo = null, string? InvtNo = null);

/// <summary>
/// A border-crossing load (truck, container, rail wagon): the transport that the lists did not know yet. CEB607 ties
/// each parcel to it before release; CEB509 reports it leaving.
/// </summary>
public sealed record BorderLoad
{
    /// <summary>The enterprise's own number for this load message (copNo).</summary>
    public required string CopNo { get; init; }

    public required string CustomsCode { get; init; }

    public required string TransportMode { get; init; }

    /// <summary>Vehicle or train name (trafName).</summary>
    public required string TransportName { get; init; }

    public required string VoyageNo { get; init; }

    public required string BillNo { get; init; }

    /// <summary>Domestic vehicle plate that brings the goods to the site.</summary>
    public string? DomesticTrafNo { get; init; }

    public string? SiteCode { get; init; }

    public required decimal GrossWeightKg { get; init; }

    public required Party Logistics { get; init; }

    public required Party Agent { get; init; }

    public required IReadOnlyList<LoadParcel> Parcels { get; init; }
}
