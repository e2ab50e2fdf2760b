using System.Net;
using System.Text.Json;
using CommerceHub.Customs.Messages;
using CommerceHub.Customs.Modes;
using CommerceHub.Customs.Tests.Support;
using static CommerceHub.Customs.Tests.Support.Sample;

namespace CommerceHub.Customs.Tests;

public sealed class SingleWindowOutcomeTests
{
    [Theory]
    [InlineData("Release", null, "2,120,399,800")]
    [InlineData("ManualReview", null, "2,120,300,399,800")]
    [InlineData("Inspection", null, "2,120,399,500,800")]
    [InlineData("Detention", "502", "2,120,399,500,502")]
    [InlineData("Return", null, "2,120,399,500,700")]
    public async Task Outcome_SetForTheCopNo_GivesItsReceipts(string outcome, string? detentionCode, string expected)
    {
        await using var window = await SingleWindow.StartAsync();
        var parcel = Parcel();
        await window.SetOutcomeAsync(parcel.CopNo, outcome, detentionCode: detentionCode);
        await SingleWindowRouteTests.SubmitListAsync(window, parcel);
        var final = expected.Split(',')[^1];
        Assert.Equal(expected.Split(','), await window.WaitForAsync("CEB604", parcel.CopNo, final));
    }

    [Fact]
    public async Task Rejection_CarriesTheReason_AndAFixedResubmissionIsReleased()
    {
        await using var window = await SingleWindow.StartAsync();
        var parcel = Parcel();
        await window.SetOutcomeAsync(parcel.CopNo, "Rejection", reason: "商品编码申报不实");
        await SingleWindowRouteTests.SubmitListAsync(window, parcel);
        await window.WaitForAsync("CEB604", parcel.CopNo, "100");
        var rejection = (await window.ReceiptsAsync()).Single(r => r.Status == "100").Message.Records.Single();
        Assert.Equal("商品编码申报不实", rejection.Info);

        await window.AdminAsync(HttpMethod.Delete, "/customs/outcomes/" + parcel.CopNo);
        await SingleWindowRouteTests.SubmitListAsync(window, parcel);
        Assert.Equal(["2", "100", "2", "120", "399", "800"], await window.WaitForAsync("CEB604", parcel.CopNo, "800"));
    }

    [Fact]
    public async Task SameCopNo_WhileTheFirstListLives_IsRejectedAsADuplicate()
    {
        await using var window = await SingleWindow.StartAsync();
        var parcel = Parcel();
        await SingleWindowRouteTests.SubmitListAsync(window, parcel);
        await SingleWindowRouteTests.SubmitListAsync(window, parcel);
        await window.WaitForAsync("CEB604", parcel.CopNo, "100");
        Assert.Contains((await window.ReceiptsAsync()).Where(r => r.Status == "100"), r => r.Message.Records[0].Info!.Contains("重复申报", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OrderRejection_SetForTheOrderNo_AnswersCeb304With100()
    {
        await using var window = await SingleWindow.StartAsync();
        var parcel = Parcel();
        await window.SetOutcomeAsync(parcel.OrderNo, "Rejection", reason: "订单金额与清单不符");
        await window.SubmitAsync(CebMessages.Order(parcel, ModeRules.Default.Decide(parcel), Sender, Now));
        Assert.Equal(["2", "100"], await window.WaitForAsync("CEB304", parcel.OrderNo, "100"));
    }

    [Fact]
    public async Task Mix_OfOutcomes_GivesEachOneAndOneFinalStatusPerList()
    {
        await using var window = await SingleWindow.StartAsync(new Dictionary<string, string?>
        {
            ["ReleaseWeight"] = "1", ["InspectionWeight"] = "1", ["RejectionWeight"] = "1", ["DetentionWeight"] = "1",
        });
        const int lists = 40;
        for (var i = 0; i < lists; i++)
        {
            await SingleWindowRouteTests.SubmitListAsync(window, Parcel() with { CopNo = "MIX" + SingleWindow.Serial(i) });
        }

        var finals = new Dictionary<string, string>();
        for (var i = 0; i < lists; i++)
        {
            var copNo = "MIX" + SingleWindow.Serial(i);
            var deadline = DateTime.UtcNow.AddSeconds(15);
            string[] statuses;
            do
            {
                statuses = await window.StatusesAsync("CEB604", copNo);
                await Task.Delay(statuses.Any(IsFinal) ? 0 : 50);
            }
            while (!statuses.Any(IsFinal) && DateTime.UtcNow < deadline);
            Assert.Single(statuses, IsFinal);
            finals[copNo] = statuses.Single(IsFinal);
        }

        Assert.Contains("800", finals.Values);
        Assert.Contains("100", finals.Values);
        Assert.Contains("599", finals.Values);
        Assert.True(finals.Values.Count(v => v == "800") > finals.Values.Count(v => v == "100"), "release and inspection both end in 800, so 800 should lead");
        static bool IsFinal(string s) => s is "800" or "100" or "599" or "700";
    }

    [Fact]
    public async Task Delays_FollowTheMovedClock()
    {
        await using var window = await SingleWindow.StartAsync(new Dictionary<string, string?>
        {
            ["AcceptSeconds"] = "600", ["ReviewSeconds"] = "1200", ["DecisionSeconds"] = "1800",
        });
        var parcel = Parcel();
        await SingleWindowRouteTests.SubmitListAsync(window, parcel);
        Assert.Equal(["2"], await window.WaitForAsync("CEB604", parcel.CopNo, "2"));

        await window.AdvanceAsync(600);
        Assert.Equal(["2", "120"], await window.WaitForAsync("CEB604", parcel.CopNo, "120"));
        await window.AdvanceAsync(600);
        Assert.Equal(["2", "120", "399"], await window.WaitForAsync("CEB604", parcel.CopNo, "399"));
        await window.AdvanceAsync(600);
        Assert.Equal(["2", "120", "399", "800"], await window.WaitForAsync("CEB604", parcel.CopNo, "800"));

        var times = (await window.ReceiptsAsync()).Select(r => r.Message.Records[0].Time!.Value).ToArray();
        Assert.Equal([0, 600, 1200, 1800], times.Select(t => Math.Round((t - times[0]).TotalSeconds)).ToArray());
    }

    [Fact]
    public async Task Duplicates_SentConcurrently_AreAnsweredOnceWithOneSetOfReceipts()
    {
        await using var window = await SingleWindow.StartAsync();
        var parcel = Parcel();
        var xml = CebMessages.Inventory(parcel, ModeRules.Default.Decide(parcel), Sender, Now).ToXmlText();

        var clients = Enumerable.Range(0, 6).Select(_ => new HttpClient { BaseAddress = window.BaseUrl }).ToArray();
        var answers = await Task.WhenAll(clients.Select(c => SingleWindow.PostAsync(c, xml)));
        foreach (var client in clients)
        {
            client.Dispose();
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        var parsed = answers.Select(a => JsonDocument.Parse(a.Body).RootElement).ToArray();
        Assert.Single(parsed, a => !a.GetProperty("duplicate").GetBoolean());
        Assert.Single(parsed.Select(a => a.GetProperty("records")[0].GetProperty("invtNo").GetString()).Distinct());
        Assert.Equal(["2", "120", "399", "800"], await window.WaitForAsync("CEB604", parcel.CopNo, "800"));

        await window.SubmitAsync(CebMessages.Order(parcel with { OrderNo = "SYNC-2" }, ModeRules.Default.Decide(parcel), Sender, Now));
        await window.WaitForAsync("CEB304", "SYNC-2", "120");
        Assert.Equal(4, (await window.StatusesAsync("CEB604", parcel.CopNo)).Length);
    }
}
