using CommerceHub.Customs.Consignments;
using CommerceHub.Customs.Modes;
using CommerceHub.HubApi.Features.Warehouses;
using CommerceHub.HubApi.Infrastructure.Errors;

namespace CommerceHub.HubApi.Features.Consignments;

/// <summary>
/// Picks the border warehouse (destination country + transport mode, the merchant's choice when it fits) and turns a
/// hub consignment into the customs library's <see cref="Customs.Consignments.Consignment"/> for the mode rules and messages.
/// </summary>
public static class ConsignmentRouting
{
    public const string Broker = "broker";

    /// <summary>ISO alpha-2 → customs 3-digit country code (customs parameter table; codes other than 141/145 from memory).</summary>
    public static readonly IReadOnlyDictionary<string, string> CustomsCountries = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["VN"] = "141", ["KZ"] = "145", ["MN"] = "124", ["RU"] = "344", ["LA"] = "119", ["TH"] = "136",
    };

    /// <summary>Transport mode → customs trafMode.</summary>
    public static readonly IReadOnlyDictionary<string, string> TrafModes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["road"] = "4", ["rail"] = "3",
    };

    public static Warehouse ChooseWarehouse(IReadOnlyList<Warehouse> warehouses, string country, string transportMode, string? requested)
    {
        var fitting = warehouses.Where(w => w.Destinations.Contains(country) && w.TransportModes.Contains(transportMode)).ToList();
        if (requested is not null)
        {
            return fitting.FirstOrDefault(w => w.Code == requested) ?? throw new HubValidationException("warehouseCode",
                $"{requested} does not reach {country} by {transportMode}; warehouses that do: {Names(fitting)}.");
        }

        return fitting.FirstOrDefault() ?? throw new HubValidationException("destinationCountry", $"No border warehouse reaches {country} by {transportMode}.");
    }

    public static ModeDecision Decide(Consignment consignment, CustomsOptions options) =>
        ModeRules.Default.Decide(ToCustoms(consignment, options));

    public static string ModeName(ModeDecision decision) => decision.TradeMode ?? Broker;

    public static Customs.Consignments.Consignment ToCustoms(Consignment c, CustomsOptions options) => new()
    {
        CopNo = c.CopNo,
        OrderNo = c.BuyerKind == BuyerKind.OwnOverseasWarehouse && c.BookingNo is { } booking ? booking : c.OrderNo,
        LogisticsNo = c.ParcelNo,
        Platform = new Party(options.PlatformCode, options.PlatformName),
        Merchant = MerchantParty(options),
        Logistics = new Party(options.LogisticsCode, options.LogisticsName),
        Agent = new Party(options.AgentCode, options.AgentName),
        CustomsCode = c.CustomsCode,
        PortCode = c.CustomsCode,
        DestinationCountry = CustomsCountries.GetValueOrDefault(c.DestinationCountry, "142"),
        BuyerKind = c.BuyerKind,
        TransportMode = TrafModes.GetValueOrDefault(c.TransportMode, "4"),
        GrossWeightKg = c.GrossWeightKg,
        NetWeightKg = Math.Round(c.GrossWeightKg * 0.9m, 3),
        Lines = [.. c.Lines.Select((l, i) => new GoodsLine($"{i + 1}", l.Name, l.HsCode, l.Sku, l.Quantity, "011", l.Quantity, "011", l.UnitPriceCny)
        {
            ItemRecordNo = l.ItemRecordNo,
        })],
        FromBondedZone = c.BondedIacCode is not null || c.BondedEmsNo is not null,
        BondedZone = c.BondedIacCode is not null || c.BondedEmsNo is not null ? new BondedZone(c.BondedIacCode ?? "", c.BondedIacName ?? "", c.BondedEmsNo ?? "") : null,
        OverseasWarehouseBooking = c.BookingNo,
    };

    /// <summary>
    /// The merchant as consignor (ebc). The hub keeps no customs registration per merchant yet, so the transmitting
    /// enterprise stands in as consignor.
    /// </summary>
    private static Party MerchantParty(CustomsOptions options) => new(options.CopCode, options.CopName);

    private static string Names(IEnumerable<Warehouse> warehouses) =>
        string.Join(", ", warehouses.Select(w => w.Code)) is { Length: > 0 } names ? names : "none";
}
