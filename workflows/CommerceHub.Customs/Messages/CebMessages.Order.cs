using System.Xml.Linq;
using CommerceHub.Customs.Consignments;
using CommerceHub.Customs.Modes;
using static CommerceHub.Customs.Messages.Ceb;

namespace CommerceHub.Customs.Messages;

public static partial class CebMessages
{
    /// <summary>
    /// CEB303 order: orderType E for retail and bonded parcels, B for B2B. For 9810 the order number is the overseas
    /// warehouse booking number, which customs matches against the list.
    /// </summary>
    public static CebDocument Order(Consignment consignment, ModeDecision decision, CebSender sender, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(consignment);
        var mode = RequireListMode(decision);
        var lines = consignment.Lines.Select((line, i) => E("OrderList", new object?[]
        {
            E("gnum", i + 1),
            E("itemNo", line.ItemNo),
            E("itemName", line.Name),
            Opt("itemDescribe", line.Model),
            Opt("barCode", line.BarCode),
            E("unit", line.Unit),
            E("currency", Cny),
            E("qty", Decimal(line.Quantity)),
            E("price", Decimal(line.UnitPriceCny)),
            E("totalPrice", Decimal(line.TotalCny)),
        }));
        var head = E("OrderHead", new object[]
        {
            DeclaredHead(NewGuid(), now),
            E("orderType", mode.OrderType),
            E("orderNo", OrderNumber(consignment, mode)),
            E("ebpCode", consignment.Platform.Code),
            E("ebpName", consignment.Platform.Name),
            E("ebcCode", consignment.Merchant.Code),
            E("ebcName", consignment.Merchant.Name),
            E("goodsValue", Decimal(consignment.ValueCny)),
            E("freight", Decimal(consignment.FreightCny)),
            E("currency", Cny),
        });
        return CebMessageFactory.Create("CEB303", sender, [E("Order", new object[] { head, lines })]);
    }

    /// <summary>CEB505 waybill of the logistics enterprise.</summary>
    public static CebDocument Logistics(Consignment consignment, CebSender sender, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(consignment);
        var record = E("Logistics", new object?[]
        {
            DeclaredHead(NewGuid(), now),
            E("logisticsCode", consignment.Logistics.Code),
            E("logisticsName", consignment.Logistics.Name),
            E("logisticsNo", consignment.LogisticsNo),
            E("freight", Decimal(consignment.FreightCny)),
            E("insuredFee", Decimal(consignment.InsuredFeeCny)),
            E("currency", Cny),
            E("grossWeight", Decimal(consignment.GrossWeightKg)),
            E("packNo", consignment.PackageCount),
            E("goodsInfo", Cut(string.Join(",", consignment.Lines.Select(l => l.Name)), 200)),
            E("ebcCode", consignment.Merchant.Code),
            E("ebcName", consignment.Merchant.Name),
        });
        return CebMessageFactory.Create("CEB505", sender, [record]);
    }

    private static string OrderNumber(Consignment consignment, ModeDecision mode) =>
        mode.Mode == DeclarationMode.OverseasWarehouse9810 ? consignment.OverseasWarehouseBooking! : consignment.OrderNo; // 9810 passed the booking requirement.
}
