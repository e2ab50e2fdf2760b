using System.Xml.Linq;
using CommerceHub.Customs.Consignments;
using CommerceHub.Customs.Modes;
using static CommerceHub.Customs.Messages.Ceb;

namespace CommerceHub.Customs.Messages;

public static partial class CebMessages
{
    /// <summary>
    /// CEB603 export inventory list with the mode's tradeMode. statisticsFlag B (汇总申报) is the default: A (简化申报)
    /// is only allowed for goods without licence, duty or VAT refund and changes how HS codes are filled.
    /// Voyage, bill and package numbers stay empty here; the border load supplies them later with CEB607.
    /// </summary>
    public static CebDocument Inventory(Consignment consignment, ModeDecision decision, CebSender sender, DateTimeOffset now, string statisticsFlag = "B")
    {
        ArgumentNullException.ThrowIfNull(consignment);
        var mode = RequireListMode(decision);
        var bonded = mode.Mode == DeclarationMode.Bonded1210 ? consignment.BondedZone : null;
        var owner = consignment.OwnerOrMerchant;
        var head = E("InventoryHead", new object?[]
        {
            DeclaredHead(NewGuid(), now),
            E("customsCode", consignment.CustomsCode),
            E("ebpCode", consignment.Platform.Code),
            E("ebpName", consignment.Platform.Name),
            E("orderNo", OrderNumber(consignment, mode)),
            E("logisticsCode", consignment.Logistics.Code),
            E("logisticsName", consignment.Logistics.Name),
            E("logisticsNo", consignment.LogisticsNo),
            E("copNo", consignment.CopNo),
            E("ieFlag", "E"),
            E("portCode", consignment.PortCode),
            E("ieDate", Date(now)),
            E("statisticsFlag", statisticsFlag),
            E("agentCode", consignment.Agent.Code),
            E("agentName", consignment.Agent.Name),
            E("ebcCode", consignment.Merchant.Code),
            E("ebcName", consignment.Merchant.Name),
            E("ownerCode", owner.Code),
            E("ownerName", owner.Name),
            Opt("iacCode", bonded?.IacCode),
            Opt("iacName", bonded?.IacName),
            Opt("emsNo", bonded?.EmsNo),
            E("tradeMode", mode.TradeMode),
            E("trafMode", consignment.TransportMode),
            Opt("loctNo", consignment.SiteCode),
            E("country", consignment.DestinationCountry),
            E("POD", consignment.DestinationPort ?? consignment.DestinationCountry),
            E("freight", Decimal(consignment.FreightCny)),
            E("fCurrency", Cny),
            E("fFlag", "3"),
            E("insuredFee", Decimal(consignment.InsuredFeeCny)),
            E("iCurrency", Cny),
            E("iFlag", "3"),
            E("wrapType", consignment.WrapType),
            E("packNo", consignment.PackageCount),
            E("grossWeight", Decimal(consignment.GrossWeightKg)),
            E("netWeight", Decimal(consignment.NetWeightKg)),
        });
        var lines = consignment.Lines.Select((line, i) => E("InventoryList", new object?[]
        {
            E("gnum", i + 1),
            E("itemNo", Cut(line.ItemNo, 20)),
            Opt("itemRecordNo", bonded is null ? null : line.ItemRecordNo),
            E("itemName", line.Name),
            E("gcode", line.HsCode),
            E("gname", line.Name),
            E("gmodel", line.Model),
            E("barCode", string.IsNullOrEmpty(line.BarCode) ? "无" : line.BarCode),
            E("country", consignment.DestinationCountry),
            E("currency", Cny),
            E("qty", Decimal(line.Quantity)),
            E("qty1", Decimal(line.LegalQuantity)),
            E("unit", line.Unit),
            E("unit1", line.LegalUnit),
            E("price", Decimal(line.UnitPriceCny)),
            E("totalPrice", Decimal(line.TotalCny)),
        }));
        return CebMessageFactory.Create("CEB603", sender, [E("Inventory", new object[] { head, lines })]);
    }

    /// <summary>CEB605: withdraw a list before the goods leave (allowed until release; customs answers with CEB606).</summary>
    public static CebDocument CancelInventory(InventoryCancellation cancel, CebSender sender, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cancel);
        var record = E("InvtCancel", new object?[]
        {
            DeclaredHead(NewGuid(), now),
            E("customsCode", cancel.CustomsCode),
            E("copNo", cancel.CopNo),
            Opt("preNo", cancel.PreNo),
            E("invtNo", cancel.InvtNo),
            E("reason", Cut(cancel.Reason, 1000)),
            E("agentCode", cancel.Agent.Code),
            E("agentName", cancel.Agent.Name),
            E("ebcCode", cancel.Merchant.Code),
            E("ebcName", cancel.Merchant.Name),
        });
        return CebMessageFactory.Create("CEB605", sender, [record]);
    }
}

/// <summary>What CEB605 needs: the list's numbers and the reason for withdrawing it.</summary>
public sealed record InventoryCancellation(string CustomsCode, string CopNo, string? PreNo, string InvtNo, string Reason, Party Agent, Party Merchant);
