using System.Xml.Linq;
using CommerceHub.Customs.Consignments;
using static CommerceHub.Customs.Messages.Ceb;

namespace CommerceHub.Customs.Messages;

/// <summary>One returned line: its gnum on the original list and how much of it comes back (never more than was exported).</summary>
public sealed record ReturnedLine(int Gnum, decimal Quantity, decimal LegalQuantity);

/// <summary>
/// An export return (CEB213, ieFlag I): the original consignment and list, the enterprise's return number (coElNo), the
/// inbound transport and what comes back.
/// </summary>
public sealed record ExportReturn
{
    public required Consignment Original { get; init; }

    public required string InvtNo { get; init; }

    public string? PreNo { get; init; }

    public required string TradeMode { get; init; }

    public required string ReturnNo { get; init; }

    public required string Reason { get; init; }

    /// <summary>Waybill of the return leg; the original waybill when the parcel comes back on it.</summary>
    public string? ReturnLogisticsNo { get; init; }

    public required string BillNo { get; init; }

    public required string TransportMode { get; init; }

    public required string TransportName { get; init; }

    public required string VoyageNo { get; init; }

    public required IReadOnlyList<ReturnedLine> Lines { get; init; }
}

public static partial class CebMessages
{
    /// <summary>CEB213 出口退货申请单; throws when a line is unknown or returns more than was exported.</summary>
    public static CebDocument Return(ExportReturn request, CebSender sender, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var c = request.Original;
        var head = E("InvtRefundHead", new object?[]
        {
            DeclaredHead(NewGuid(), now),
            E("customsCode", c.CustomsCode),
            Opt("loctNo", c.SiteCode),
            E("ebpCode", c.Platform.Code),
            E("ebpName", c.Platform.Name),
            E("ebcCode", c.Merchant.Code),
            E("ebcName", c.Merchant.Name),
            E("logisticsNo", request.ReturnLogisticsNo ?? c.LogisticsNo),
            E("logisticsCode", c.Logistics.Code),
            E("logisticsName", c.Logistics.Name),
            E("coElNo", request.ReturnNo),
            Opt("preNo", request.PreNo),
            E("invtNo", request.InvtNo),
            E("tradeMode", request.TradeMode),
            E("agentCode", c.Agent.Code),
            E("agentName", c.Agent.Name),
            E("billNo", request.BillNo),
            E("ieFlag", "I"),
            E("trafMode", request.TransportMode),
            E("trafName", request.TransportName),
            E("portCode", c.PortCode),
            E("reason", Cut(request.Reason, 500)),
            E("country", c.DestinationCountry),
            E("voyageNo", request.VoyageNo),
        });
        var lines = request.Lines.Select(r => RefundLine(c, r));
        return CebMessageFactory.Create("CEB213", sender, [E("InvtRefund", new object[] { head, lines })]);
    }

    private static XElement RefundLine(Consignment c, ReturnedLine returned)
    {
        if (returned.Gnum < 1 || returned.Gnum > c.Lines.Count)
        {
            throw new ArgumentException($"Line {returned.Gnum} is not on list of {c.CopNo}.", nameof(returned));
        }

        var line = c.Lines[returned.Gnum - 1];
        if (returned.Quantity <= 0 || returned.Quantity > line.Quantity)
        {
            throw new ArgumentException($"Line {returned.Gnum} returns {returned.Quantity}; between 0 and {line.Quantity} were exported.", nameof(returned));
        }

        return E("InvtRefundList", new object[]
        {
            E("gnum", returned.Gnum), E("gcode", line.HsCode), E("gname", line.Name), E("gmodel", line.Model),
            E("qty", Decimal(returned.Quantity)), E("qty1", Decimal(returned.LegalQuantity)), E("unit", line.Unit), E("unit1", line.LegalUnit),
        });
    }
}
