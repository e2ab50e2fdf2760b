using CommerceHub.Customs.Consignments;
using CommerceHub.Customs.Messages;

namespace CommerceHub.Customs.Tests.Support;

/// <summary>A plausible Pingxiang road consignment to Viet Nam, varied per test with `with`.</summary>
internal static class Sample
{
    public static readonly Party Platform = new("4403960ABC", "深圳跨境平台有限公司");
    public static readonly Party Merchant = new("4501960001", "凭祥边贸电商有限公司");
    public static readonly Party Carrier = new("4501980002", "凭祥陆运物流有限公司");
    public static readonly Party Agent = new("4501980003", "凭祥报关代理有限公司");
    public static readonly CebSender Sender = new("4501960001", "凭祥边贸电商有限公司", "DXPENT0000000001");
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    public static GoodsLine Tea(decimal quantity = 2, decimal price = 150) =>
        new("TEA-001", "普洱茶", "0902301000", "357克/饼", quantity, "011", quantity * 0.357m, "035", price) { BarCode = "6901234567892" };

    public static GoodsLine Phone(decimal quantity = 1, decimal price = 1200) =>
        new("PH-9", "手机壳", "3926909090", "硅胶 iPhone 16", quantity, "011", quantity, "011", price);

    public static Consignment Parcel(params GoodsLine[] lines) => new()
    {
        CopNo = "PX2026112300001",
        OrderNo = "SHP-VN-88001",
        LogisticsNo = "PXL2026112300001",
        Platform = Platform,
        Merchant = Merchant,
        Logistics = Carrier,
        Agent = Agent,
        CustomsCode = "7208",
        PortCode = "7208",
        DestinationCountry = "141",
        BuyerKind = BuyerKind.Consumer,
        TransportMode = "4",
        FreightCny = 12.5m,
        GrossWeightKg = 1.2m,
        NetWeightKg = 0.9m,
        Lines = lines.Length == 0 ? [Tea(), Phone()] : lines,
    };

    public static Consignment B2B() => Parcel() with { BuyerKind = BuyerKind.ForeignBusiness, OrderNo = "B2B-HN-2026-77" };

    public static Consignment Warehouse() => Parcel() with { BuyerKind = BuyerKind.OwnOverseasWarehouse, OverseasWarehouseBooking = "OWB-HN-000321" };

    public static Consignment Bonded() => Parcel(Tea() with { ItemRecordNo = "7219-0001" }, Phone() with { ItemRecordNo = "7219-0002" }) with
    {
        FromBondedZone = true,
        CustomsCode = "7219",
        BondedZone = new BondedZone("4501960009", "广西凭祥综合保税区仓储有限公司", "T7219W000001"),
    };
}
