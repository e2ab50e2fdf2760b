using System.Net;
using System.Text.Json;
using CommerceHub.HubApi.Tests.Infrastructure;

namespace CommerceHub.HubApi.Tests.Stock;

[Collection(HubCollection.Name)]
public sealed class LedgerRebuildTests(HubFixture hub)
{
    [Fact]
    public async Task Stock_AfterRedisLosesLedger_IsRebuiltFromDatabase()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var sku = await StockSteps.NewSkuAsync(admin);
        await StockSteps.ReceiveAsync(admin, sku, 20);
        var id = "live-" + Guid.NewGuid().ToString("N");
        await StockSteps.ReserveAsync(admin, id, sku, 5);
        await LedgerSteps.WaitForJournalAsync(hub.Redis);

        await LedgerSteps.LoseLedgerAsync(hub.Redis);

        Assert.Equal((20L, 5L, 15L), await StockSteps.LevelsAsync(admin, sku));
        var reservation = await admin.GetAsync<JsonElement>($"/api/stock/reservations/{id}");
        Assert.Equal("Open", reservation.GetProperty("state").GetString());
        await StockSteps.ReserveAsync(admin, "ord-" + Guid.NewGuid().ToString("N"), sku, 16, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Reconciliation_AfterMovements_IsCleanAndKeptAsLatest()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var sku = await StockSteps.NewSkuAsync(admin);
        await StockSteps.ReceiveAsync(admin, sku, 8);

        var response = await admin.PostAsync("/api/stock/reconciliations", new { });
        await HubClient.EnsureAsync(response, HttpStatusCode.OK);
        var latest = await admin.GetAsync<JsonElement>("/api/stock/reconciliations/latest");

        Assert.Equal("Clean", latest.GetProperty("status").GetString());
        Assert.Empty(latest.GetProperty("drifts").EnumerateArray());
    }
}
