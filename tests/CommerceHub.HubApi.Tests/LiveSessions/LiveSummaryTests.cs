using System.Net;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Contracts.Orders;
using CommerceHub.HubApi.Tests.Infrastructure;

namespace CommerceHub.HubApi.Tests.LiveSessions;

[Collection(HubCollection.Name)]
public sealed class LiveSummaryTests(HubFixture hub)
{
    [Fact]
    public async Task Summary_AfterTheSession_SumsPerProductAndChannel_AndRanksTheBestMinutes()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var setup = await LiveSteps.SessionAsync(admin);
        var (tiktok, shopee) = (setup.Channels[0], setup.Channels[1]);
        var (a, b) = (setup.Skus[0], setup.Skus[1]);
        var minute = new DateTimeOffset(2026, 11, 23, 20, 15, 0, TimeSpan.Zero);
        OrderEvent At(OrderEvent e, int seconds) => e with { At = minute.AddSeconds(seconds) };
        using var redis = hub.Redis.Connect();

        var orders = new[]
        {
            At(LiveSteps.Order(setup, tiktok, a, 2, 30m), 5),
            At(LiveSteps.Order(setup, shopee, a, 1, 30m), 20),
            At(LiveSteps.Order(setup, shopee, b, 4, 50m, currency: "VND", totalCny: 70m), 70),
            At(LiveSteps.Order(setup, tiktok, b, 1, 50m, kind: OrderEventKind.ReservationRefused), 75),
        };
        // The first order comes once more in the batch (an import retried): it is not counted twice.
        await LiveSteps.PublishAsync(redis, orders[0]);
        await LiveSteps.PublishAsync(redis, orders);
        await WaitForOrdersAsync(admin, setup);
        await HubClient.EnsureAsync(await admin.PostAsync(LiveRoutes.End(setup.SessionId), new { }), HttpStatusCode.OK);

        var summary = await SummaryAsync(admin, setup);

        Assert.Equal(LiveSessionStatus.Ended, summary.Status);
        Assert.Equal((3L, 7L, 1L), (summary.Orders, summary.UnitsSold, summary.ReservationsRefused));
        Assert.Equal([new MoneyAmount("CNY", 90m), new MoneyAmount("VND", 200m)], summary.Revenue);
        Assert.Equal(160m, summary.RevenueCny);
        Assert.Equal([(a, 3L, 90m), (b, 4L, 70m)], summary.Products.Select(p => (p.Sku, p.Units, p.RevenueCny)));
        Assert.Equal(new Dictionary<string, long> { [tiktok] = 2, [shopee] = 1 }, summary.Products.Single(p => p.Sku == a).PerChannel);
        Assert.Equal([(shopee, 2L, 5L, 100m), (tiktok, 1L, 2L, 60m)], summary.Channels.Select(c => (c.Channel, c.Orders, c.Units, c.RevenueCny)));
        Assert.Equal([(minute, 2L, 90m), (minute.AddMinutes(1), 1L, 70m)], summary.BestMinutes.Select(m => (m.Minute, m.Orders, m.RevenueCny)));
        Assert.Equal([minute, minute.AddMinutes(1)], summary.SalesPerMinute.Select(m => m.Minute));
    }

    /// <summary>The batch is relayed after the single order, so once its refusal shows, every message was handled.</summary>
    private static async Task WaitForOrdersAsync(HubClient client, LiveSetup setup)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await SummaryAsync(client, setup)).ReservationsRefused == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The orders did not reach the summary.");
            await Task.Delay(100);
        }
    }

    private static Task<LiveSessionSummary> SummaryAsync(HubClient client, LiveSetup setup) =>
        client.GetAsync<LiveSessionSummary>(LiveRoutes.Summary(setup.SessionId));
}
