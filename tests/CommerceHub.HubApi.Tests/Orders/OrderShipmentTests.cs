using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.Stock;
using static CommerceHub.HubApi.Tests.Orders.OrderImportTests;

namespace CommerceHub.HubApi.Tests.Orders;

[Collection(HubCollection.Name)]
public sealed class OrderShipmentTests(OrdersHub hub) : IClassFixture<OrdersHub>
{
    [Fact]
    public async Task Ship_ReservedOrder_PlatformArrangesWithTrackingNumberAndStockCommitted()
    {
        var (sku, itemId) = await hub.ListedSkuAsync(ledgerStock: 5);
        var placed = await hub.PlaceOrdersAsync(itemId, 1);
        var order = (await hub.OrdersForAsync(sku, o => o.Count == 1 && StockOf(o[0]) == "Reserved"))[0];

        var response = await hub.Admin.PostAsync($"/api/orders/{Text(order, "id")}/ship", new { method = "Dropoff" });
        await HubClient.EnsureAsync(response, HttpStatusCode.OK);
        var shipped = await response.Content.ReadFromJsonAsync<JsonElement>();

        var tracking = Text(shipped, "trackingNumber");
        Assert.NotEmpty(tracking);
        Assert.Equal(("Arranged", "Committed"), (Text(shipped, "status"), StockOf(shipped)));
        Assert.Equal(tracking, await hub.Service<IShipmentSink>(Marketplace.Shopee).GetTrackingNumberAsync(hub.Shop, placed[0]));
        Assert.Equal((4L, 0L, 4L), await StockSteps.LevelsAsync(hub.Admin, sku));
    }

    [Fact]
    public async Task Ship_OrderCancelledOnPlatformMeanwhile_RefusalKeptOnOrderAndAnswered409()
    {
        var (sku, itemId) = await hub.ListedSkuAsync(ledgerStock: 5);
        var placed = await hub.PlaceOrdersAsync(itemId, 1);
        var order = (await hub.OrdersForAsync(sku, o => o.Count == 1 && StockOf(o[0]) == "Reserved"))[0];
        await hub.SandboxPutAsync("faults", new { webhookDropRate = 1.0 }); // the hub does not hear of the cancellation
        try
        {
            await hub.MoveOrderAsync(placed[0], "CANCELLED");
        }
        finally
        {
            await hub.SandboxPutAsync("faults", new { });
        }

        var response = await hub.Admin.PostAsync($"/api/orders/{Text(order, "id")}/ship", new { method = "Pickup" });

        var problem = await HubClient.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("Shipment refused", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var stored = await hub.Admin.GetAsync<JsonElement>($"/api/orders/{Text(order, "id")}");
        Assert.Equal(problem.GetProperty("detail").GetString(), Text(stored, "lastError"));
        Assert.Equal("Reserved", StockOf(stored));
    }

    [Fact]
    public async Task Webhook_BadSignature_401ProblemAndNothingStored()
    {
        const string body = """{"data":{"items":[],"ordersn":"261123FAKE0001","status":"READY_TO_SHIP","completed_scenario":"","update_time":1763900000},"shop_id":600001,"code":3,"timestamp":1763900000}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/shopee") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", new string('a', 64));

        var response = await hub.Factory.CreateClient().SendAsync(request);

        var problem = await HubClient.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("not signed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var found = await hub.Admin.GetAsync<JsonElement>("/api/orders?shop=600001&pageSize=200");
        Assert.DoesNotContain(found.GetProperty("items").EnumerateArray(), o => Text(o, "platformOrderId") == "261123FAKE0001");
    }

    [Fact]
    public async Task Webhook_PlatformWithoutConnector_404Problem()
    {
        var client = hub.Factory.CreateClient();

        await HubClient.ProblemAsync(await client.PostAsync("/api/webhooks/jd", new StringContent("{}")), HttpStatusCode.NotFound);
        await HubClient.ProblemAsync(await client.PostAsync("/api/webhooks/nowhere", new StringContent("{}")), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/orders?status=Teleported", "status")]
    [InlineData("/api/orders?stockState=Lost", "stockState")]
    [InlineData("/api/orders?marketplace=ebay", "marketplace")]
    [InlineData("/api/orders?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "from")]
    [InlineData("/api/orders?pageSize=1000", "pageSize")]
    public async Task List_InvalidFilter_ValidationProblemNamingTheField(string url, string field)
    {
        var problem = await HubClient.ProblemAsync(await hub.Admin.Http.GetAsync(url), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("Teleport", null, "method")]
    [InlineData("SellerCarrier", null, "trackingNumber")]
    public async Task Ship_InvalidInput_ValidationProblem(string method, string? trackingNumber, string field)
    {
        var response = await hub.Admin.PostAsync($"/api/orders/{Guid.NewGuid()}/ship", new { method, trackingNumber });

        var problem = await HubClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Get_UnknownOrder_404Problem() =>
        await HubClient.ProblemAsync(await hub.Admin.Http.GetAsync($"/api/orders/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
}
