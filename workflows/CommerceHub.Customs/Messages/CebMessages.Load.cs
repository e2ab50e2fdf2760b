using System.Xml.Linq;
using static CommerceHub.Customs.Messages.Ceb;

namespace CommerceHub.Customs.Messages;

public static partial class CebMessages
{
    /// <summary>CEB607 清单总分单: links each parcel's waybill to the load's bill and vehicle.</summary>
    public static CebDocument LoadWayBill(BorderLoad load, CebSender sender, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(load);
        var head = E("WayBillHead", new object?[]
        {
            DeclaredHead(NewGuid(), now),
            E("customsCode", load.CustomsCode),
            E("copNo", load.CopNo),
            E("agentCode", load.Agent.Code),
            E("agentName", load.Agent.Name),
            Opt("loctNo", load.SiteCode),
            E("trafMode", load.TransportMode),
            E("trafName", load.TransportName),
            E("voyageNo", load.VoyageNo),
            E("billNo", load.BillNo),
            Opt("domesticTrafNo", load.DomesticTrafNo),
            E("grossWeight", Decimal(load.GrossWeightKg)),
            E("logisticsCode", load.Logistics.Code),
            E("logisticsName", load.Logistics.Name),
            E("msgCount", 1),
            E("msgSeqNo", 1),
        });
        var parcels = load.Parcels.Select((p, i) => E("WayBillList", new object?[]
        {
            E("gnum", i + 1), Opt("totalPackageNo", p.TotalPackageNo), E("logisticsNo", p.LogisticsNo), Opt("invtNo", p.InvtNo),
        }));
        return CebMessageFactory.Create("CEB607", sender, [E("WayBill", new object[] { head, parcels })]);
    }

    /// <summary>CEB509 离境单: the load left China at <paramref name="leftAt"/>; the lists then close (899).</summary>
    public static CebDocument Departure(BorderLoad load, DateTimeOffset leftAt, CebSender sender, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(load);
        var head = E("DepartureHead", new object?[]
        {
            DeclaredHead(NewGuid(), now),
            E("customsCode", load.CustomsCode),
            E("copNo", load.CopNo),
            E("logisticsCode", load.Logistics.Code),
            E("logisticsName", load.Logistics.Name),
            E("trafMode", load.TransportMode),
            E("trafName", load.TransportName),
            E("voyageNo", load.VoyageNo),
            E("billNo", load.BillNo),
            E("leaveTime", AppTime(leftAt)),
            E("msgCount", 1),
            E("msgSeqNo", 1),
        });
        var parcels = load.Parcels.Select((p, i) => E("DepartureList", new object?[]
        {
            E("gnum", i + 1), Opt("totalPackageNo", p.TotalPackageNo), E("logisticsNo", p.LogisticsNo),
        }));
        return CebMessageFactory.Create("CEB509", sender, [E("Departure", new object[] { head, parcels })]);
    }
}
