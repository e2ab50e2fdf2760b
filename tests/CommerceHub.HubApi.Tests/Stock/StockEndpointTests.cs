using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.HubApi.Tests.Infrastructure;

namespace CommerceHub.HubApi.Tests.Stock;

[Collection(HubCollection.Name)]
public sealed class StockEndpointTests(HubFixture hub)
{
    [Fact]
    public async Task GetStock_WithChannelRules_ShowsEachChannelsQuantityAndWhy()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var sku = await StockSteps.NewSkuAsync(admin);
        var channel = "shp-" + Guid.NewGuid().ToString("N")[..8];
        await HubClient.EnsureAsync(await admin.PostAsync("/api/channels", new { code = channel, name = "Shopee VN", marketplace = "shopee" }), HttpStatusCode.Created);
        await HubClient.EnsureAsync(await admin.PutAsync($"/api/channels/{channel}/rules", new { sku, bufferQuantity = 10, percent = 50, maxQuantity = 30 }), HttpStatusCode.OK);

        await StockSteps.ReceiveAsync(admin, sku, 100);
        var stock = await admin.GetAsync<JsonElement>($"/api/stock/{sku}");

        Assert.Equal(100, stock.GetProperty("available").GetInt64());
        var allocation = stock.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == channel);
        Assert.Equal(30, allocation.GetProperty("quantity").GetInt64());
        Assert.Contains("capped at 30", allocation.GetProperty("why").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_IsAuditedWithBeforeAndAfter()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var staff = await hub.SignInAsync(HubClient.WarehouseStaff());
        var sku = await StockSteps.NewSkuAsync(admin);

        await StockSteps.ReceiveAsync(staff, sku, 12);

        var audit = await admin.GetAsync<JsonElement>($"/api/audit?entity=stock&key={sku}@PXG");
        var entry = audit.GetProperty("items")[0];
        Assert.Equal("receive", entry.GetProperty("action").GetString());
        Assert.Contains("\"onHand\":0", entry.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"onHand\":12", entry.GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_BadLines_Returns400PerFieldAndWritesNothing()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var sku = await StockSteps.NewSkuAsync(admin);

        var response = await admin.PostAsync("/api/stock/receipts", new
        {
            lines = new object[]
            {
                new { sku, warehouse = "PXG", quantity = 5 },
                new { sku = "NOT-MINE", warehouse = "NOWHERE", quantity = -1 },
            },
        });

        var problem = await HubClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("lines[1].sku", out _));
        Assert.True(errors.TryGetProperty("lines[1].warehouse", out _));
        Assert.True(errors.TryGetProperty("lines[1].quantity", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/api/stock/{sku}")).StatusCode);
    }

    [Fact]
    public async Task Adjust_BelowReserved_Returns409AndChangesNothing()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var sku = await StockSteps.NewSkuAsync(admin);
        await StockSteps.ReceiveAsync(admin, sku, 10);
        await StockSteps.ReserveAsync(admin, "ord-" + Guid.NewGuid().ToString("N"), sku, 6);

        var response = await admin.PostAsync("/api/stock/adjustments",
            new { reason = "stock count", lines = new[] { new { sku, warehouse = "PXG", quantity = 4, mode = "set" } } });

        var problem = await HubClient.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("below the 6 reserved", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal((10L, 6L, 4L), await StockSteps.LevelsAsync(admin, sku));
    }

    [Fact]
    public async Task ListStock_ShowsOwnSkusWithLiveQuantities()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var sku = await StockSteps.NewSkuAsync(admin);
        await StockSteps.ReceiveAsync(admin, sku, 7);
        await LedgerSteps.WaitForJournalAsync(hub.Redis);

        var page = await admin.GetAsync<JsonElement>($"/api/stock?search={sku}");

        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(7, page.GetProperty("items")[0].GetProperty("available").GetInt64());
    }
}
