using System.Xml.Linq;
using CommerceHub.Customs.Consignments;
using CommerceHub.Customs.Messages;
using CommerceHub.Customs.Modes;
using CommerceHub.Customs.Receipts;
using CommerceHub.Customs.Schema;
using CommerceHub.Customs.Signing;
using static CommerceHub.Customs.Tests.Support.Sample;

namespace CommerceHub.Customs.Tests;

public sealed class MessageBuilderTests
{
    public static TheoryData<string> Modes => ["9610", "9710", "9810", "1210"];

    private static Consignment ForMode(string mode) => mode switch
    {
        "9610" => Parcel(),
        "9710" => B2B(),
        "9810" => Warehouse(),
        _ => Bonded(),
    };

    private static BorderLoad Load() => new()
    {
        CopNo = "LOAD-PX-20261123-01",
        CustomsCode = "7208",
        TransportMode = "4",
        TransportName = "桂F12345",
        VoyageNo = "PX20261123A",
        BillNo = "PXBILL2026112301",
        DomesticTrafNo = "桂F12345",
        GrossWeightKg = 812.4m,
        Logistics = Carrier,
        Agent = Agent,
        Parcels = [new LoadParcel("PXL2026112300001", "BAG-01", "72082026E000000001"), new LoadParcel("PXL2026112300002", "BAG-01")],
    };

    private static void AssertValid(CebDocument document)
    {
        Assert.Empty(CebSchema.Validate(document.ToXmlText()));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Order_EveryMode_ValidatesWithTheModesOrderType(string mode)
    {
        var consignment = ForMode(mode);
        var decision = ModeRules.Default.Decide(consignment);
        var order = CebMessages.Order(consignment, decision, Sender, Now);
        AssertValid(order);
        Assert.Equal(mode is "9710" or "9810" ? "B" : "E", order.Xml.Descendants(Ceb.Ns + "orderType").Single().Value);
        Assert.Equal(mode == "9810" ? "OWB-HN-000321" : consignment.OrderNo, order.Xml.Descendants(Ceb.Ns + "orderNo").Single().Value);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Inventory_EveryMode_ValidatesWithTheModesTradeMode(string mode)
    {
        var consignment = ForMode(mode);
        var list = CebMessages.Inventory(consignment, ModeRules.Default.Decide(consignment), Sender, Now);
        AssertValid(list);
        Assert.Equal(mode, list.Xml.Descendants(Ceb.Ns + "tradeMode").Single().Value);
        Assert.Equal(mode == "1210", list.Xml.Descendants(Ceb.Ns + "emsNo").Any());
        Assert.Equal(mode == "1210" ? 2 : 0, list.Xml.Descendants(Ceb.Ns + "itemRecordNo").Count());
    }

    [Fact]
    public void Inventory_BrokerDecision_Refuses()
    {
        var consignment = Parcel() with { NeedsLicence = true };
        var ex = Assert.Throws<ArgumentException>(() => CebMessages.Inventory(consignment, ModeRules.Default.Decide(consignment), Sender, Now));
        Assert.Contains("export licence", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Logistics_Validates()
    {
        var waybill = CebMessages.Logistics(Parcel(), Sender, Now);
        AssertValid(waybill);
        Assert.Equal("普洱茶,手机壳", waybill.Xml.Descendants(Ceb.Ns + "goodsInfo").Single().Value);
    }

    [Fact]
    public void LoadWayBillAndDeparture_Validate()
    {
        AssertValid(CebMessages.LoadWayBill(Load(), Sender, Now));
        var departure = CebMessages.Departure(Load(), Now.AddHours(3), Sender, Now);
        AssertValid(departure);
        Assert.Equal("20261123203000", departure.Xml.Descendants(Ceb.Ns + "leaveTime").Single().Value);
    }

    [Fact]
    public void CancelInventory_Validates()
    {
        AssertValid(CebMessages.CancelInventory(new InventoryCancellation("7208", "PX2026112300001", null, "720820261000000001", "买家取消订单", Agent, Merchant), Sender, Now));
    }

    [Fact]
    public void Return_Validates_AndRefusesMoreThanExported()
    {
        var request = new ExportReturn
        {
            Original = Parcel(),
            InvtNo = "720820261000000001",
            TradeMode = "9610",
            ReturnNo = "RET-PX-0001",
            Reason = "买家拒收",
            BillNo = "RETBILL-01",
            TransportMode = "4",
            TransportName = "越LS12345",
            VoyageNo = "RET20261201",
            Lines = [new ReturnedLine(1, 2, 0.714m)],
        };
        var message = CebMessages.Return(request, Sender, Now);
        AssertValid(message);
        Assert.Equal("I", message.Xml.Descendants(Ceb.Ns + "ieFlag").Single().Value);
        Assert.Throws<ArgumentException>(() => CebMessages.Return(request with { Lines = [new ReturnedLine(1, 3, 1)] }, Sender, Now));
        Assert.Throws<ArgumentException>(() => CebMessages.Return(request with { Lines = [new ReturnedLine(9, 1, 1)] }, Sender, Now));
    }

    [Fact]
    public async Task EveryBuilder_SignedWithTheTestSigner_StillValidates()
    {
        var signer = new TestOnlyCustomsSigner();
        var signed = await signer.SignAsync(CebMessages.Inventory(Parcel(), ModeRules.Default.Decide(Parcel()), Sender, Now).Xml);
        var document = new CebDocument("CEB603", "x", signed);
        AssertValid(document);
        var signature = signed.Root!.Elements().Last();
        Assert.Equal(Ceb.Ds + "Signature", signature.Name);
        Assert.Equal(Ceb.Ns + "BaseTransfer", ((XElement)signature.PreviousNode!).Name);
        Assert.Contains(TestOnlyCustomsSigner.KeyName, signed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_BrokenMessage_ReportsTheField()
    {
        var list = CebMessages.Inventory(Parcel(), ModeRules.Default.Decide(Parcel()), Sender, Now);
        list.Xml.Descendants(Ceb.Ns + "gcode").First().Value = "090230";
        var errors = CebSchema.Validate(list.Xml);
        Assert.Contains(errors, e => e.Contains("gcode", StringComparison.Ordinal));
    }

    [Fact]
    public void SummaryApply_GroupsLastMonthsListsPerConsignorModeCountryAndPort()
    {
        var (from, to) = SummaryPlanner.PreviousMonth(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, Ceb.Beijing), from);
        var other = new Party("4501960077", "东兴电商有限公司");
        ClosedList Closed(string invt, Party merchant, string country = "141", string mode = "4", int day = 10, Party? owner = null) =>
            new(invt, "7208", "7208", merchant, owner ?? merchant, Agent, country, mode, null, new DateTimeOffset(2026, 11, day, 12, 0, 0, Ceb.Beijing));
        ClosedList[] lists =
        [
            Closed("720820261E00000001", Merchant),
            Closed("720820261E00000002", Merchant, owner: other),
            Closed("720820261E00000003", Merchant, country: "145"),
            Closed("720820261E00000004", Merchant, mode: "3"),
            Closed("720820261E00000005", other),
            Closed("720820261E00000006", Merchant, day: 30) with { ClosedAt = new DateTimeOffset(2026, 12, 1, 0, 0, 0, Ceb.Beijing) },
        ];

        var byConsignor = SummaryPlanner.Group(lists, from, to, SummaryFlag.ByConsignor);
        Assert.Equal(4, byConsignor.Count);
        Assert.Contains(byConsignor, g => g.InvtNos.SequenceEqual(["720820261E00000001", "720820261E00000002"]));
        Assert.DoesNotContain(byConsignor, g => g.InvtNos.Contains("720820261E00000006"));
        Assert.Equal(5, SummaryPlanner.Group(lists, from, to, SummaryFlag.ByConsignorAndOwner).Count);

        var messages = CebMessages.SummaryApply(byConsignor, SummaryFlag.ByConsignor, Agent, "SUM202611-", Sender, Now);
        var message = Assert.Single(messages);
        AssertValid(message);
        Assert.Equal(4, message.Xml.Descendants(Ceb.Ns + "SummaryApply").Count());
        var read = CebMessageReader.Read(message.ToXmlText()).Message!;
        Assert.Equal(["720820261E00000001", "720820261E00000002"], read.Records.Single(r => r.ListedInvtNos.Count == 2).ListedInvtNos);
    }
}
