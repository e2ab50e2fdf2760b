using System.Text.Json;
using CommerceHub.Customs.Consignments;
using CommerceHub.Customs.Messages;
using CommerceHub.Customs.Modes;
using CommerceHub.Customs.Receipts;
using CommerceHub.Customs.Signing;
using CommerceHub.Customs.Tests.Support;
using static CommerceHub.Customs.Tests.Support.Sample;

namespace CommerceHub.Customs.Tests;

/// <summary>One parcel from order to monthly summary and return, every receipt checked against the official schema.</summary>
public sealed class SingleWindowRouteTests
{
    [Fact]
    public async Task WholeRoute_ReleasedParcel_ClosesSummarisesAndReturns()
    {
        await using var window = await SingleWindow.StartAsync();
        var parcel = Parcel();
        var decision = ModeRules.Default.Decide(parcel);
        var signer = new TestOnlyCustomsSigner();

        await window.SubmitAsync(CebMessages.Order(parcel, decision, Sender, Now));
        await window.SubmitAsync(CebMessages.Logistics(parcel, Sender, Now));
        var list = CebMessages.Inventory(parcel, decision, Sender, Now);
        var answer = await window.SubmitAsync(list with { Xml = await signer.SignAsync(list.Xml) });
        var invtNo = answer.GetProperty("records")[0].GetProperty("invtNo").GetString()!;

        Assert.Equal(["2", "120"], await window.WaitForAsync("CEB304", parcel.OrderNo, "120"));
        Assert.Equal(["2", "120"], await window.WaitForAsync("CEB506", parcel.LogisticsNo, "120"));
        Assert.Equal(["2", "120", "399", "800"], await window.WaitForAsync("CEB604", parcel.CopNo, "800"));

        var load = Load(invtNo);
        await window.SubmitAsync(CebMessages.LoadWayBill(load, Sender, Now));
        await window.WaitForAsync("CEB608", load.CopNo, "120");
        await window.SubmitAsync(CebMessages.Departure(load, Now.AddHours(2), Sender, Now));
        await window.WaitForAsync("CEB510", load.CopNo, "120");
        Assert.Equal(["2", "120", "399", "800", "899"], await window.WaitForAsync("CEB604", parcel.CopNo, "899"));

        var closed = new ClosedList(invtNo, "7208", "7208", Merchant, Merchant, Agent, "141", "4", null, Now);
        var groups = SummaryPlanner.Group([closed], Now.AddDays(-1), Now.AddDays(1), SummaryFlag.ByConsignor);
        var summary = CebMessages.SummaryApply(groups, SummaryFlag.ByConsignor, Agent, "SUM-", Sender, Now).Single();
        await window.SubmitAsync(summary);
        await window.WaitForAsync("CEB702", "SUM-001", "399");
        var result = (await window.ReceiptsAsync()).Single(r => r.Type == "CEB792").Message.Records.Single();
        Assert.Equal(ReceiptOutcome.SummaryDeclared, result.Status!.Outcome);
        Assert.Equal(18, result.EntryId!.Length);
        Assert.Equal([invtNo], result.ListedInvtNos);

        await window.SubmitAsync(CebMessages.Return(Return(parcel, invtNo), Sender, Now));
        Assert.Equal(["2", "120", "399"], await window.WaitForAsync("CEB214", "RET-PX-0001", "399"));
    }

    [Fact]
    public async Task Summary_OfAListNotClosed_IsRejected()
    {
        await using var window = await SingleWindow.StartAsync();
        var parcel = Parcel();
        var invtNo = await SubmitListAsync(window, parcel);
        await window.WaitForAsync("CEB604", parcel.CopNo, "800");
        var closed = new ClosedList(invtNo, "7208", "7208", Merchant, Merchant, Agent, "141", "4", null, Now);
        var summary = CebMessages.SummaryApply([.. SummaryPlanner.Group([closed], Now.AddDays(-1), Now.AddDays(1), SummaryFlag.ByConsignor)], SummaryFlag.ByConsignor, Agent, "SUM-", Sender, Now).Single();
        await window.SubmitAsync(summary);
        Assert.Equal(["2", "100"], await window.WaitForAsync("CEB702", "SUM-001", "100"));
    }

    [Fact]
    public async Task Cancel_BeforeRelease_StopsTheListsReceipts()
    {
        await using var window = await SingleWindow.StartAsync(new Dictionary<string, string?> { ["ReviewSeconds"] = "60", ["DecisionSeconds"] = "600" });
        var parcel = Parcel();
        var invtNo = await SubmitListAsync(window, parcel);
        await window.WaitForAsync("CEB604", parcel.CopNo, "120");

        await window.SubmitAsync(CebMessages.CancelInventory(new InventoryCancellation("7208", parcel.CopNo, null, invtNo, "买家取消订单", Agent, Merchant), Sender, Now));
        await window.AdvanceAsync(60);
        Assert.Equal(["2", "120", "399"], await window.WaitForAsync("CEB606", parcel.CopNo, "399"));
        await window.AdvanceAsync(3600);

        // Receipts go out in due order, so once this later order's receipt is out, a release would be out too.
        await window.SubmitAsync(CebMessages.Order(parcel with { OrderNo = "SYNC-1" }, ModeRules.Default.Decide(parcel), Sender, Now));
        await window.WaitForAsync("CEB304", "SYNC-1", "120");
        Assert.Equal(["2", "120", "399"], await window.StatusesAsync("CEB604", parcel.CopNo));
    }

    [Fact]
    public async Task Cancel_UnknownList_IsRejected()
    {
        await using var window = await SingleWindow.StartAsync();
        await window.SubmitAsync(CebMessages.CancelInventory(new InventoryCancellation("7208", "NOPE-1", null, "72082026E999999999", "test", Agent, Merchant), Sender, Now));
        Assert.Equal(["2", "100"], await window.WaitForAsync("CEB606", "NOPE-1", "100"));
    }

    internal static async Task<string> SubmitListAsync(SingleWindow window, Consignment parcel)
    {
        var answer = await window.SubmitAsync(CebMessages.Inventory(parcel, ModeRules.Default.Decide(parcel), Sender, Now));
        Assert.False(answer.GetProperty("duplicate").GetBoolean());
        return answer.GetProperty("records")[0].GetProperty("invtNo").GetString()!;
    }

    private static BorderLoad Load(string invtNo) => new()
    {
        CopNo = "LOAD-PX-01",
        CustomsCode = "7208",
        TransportMode = "4",
        TransportName = "桂F12345",
        VoyageNo = "PX20261123A",
        BillNo = "PXBILL2026112301",
        GrossWeightKg = 1.2m,
        Logistics = Carrier,
        Agent = Agent,
        Parcels = [new LoadParcel(Parcel().LogisticsNo, "BAG-01", invtNo)],
    };

    private static ExportReturn Return(Consignment parcel, string invtNo) => new()
    {
        Original = parcel,
        InvtNo = invtNo,
        TradeMode = "9610",
        ReturnNo = "RET-PX-0001",
        Reason = "买家拒收",
        BillNo = "RETBILL-01",
        TransportMode = "4",
        TransportName = "越LS12345",
        VoyageNo = "RET20261201",
        Lines = [new ReturnedLine(1, 1, 0.357m)],
    };
}
