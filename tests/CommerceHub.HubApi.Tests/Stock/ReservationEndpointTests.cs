using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.HubApi.Tests.Infrastructure;

namespace CommerceHub.HubApi.Tests.Stock;

[Collection(HubCollection.Name)]
public sealed class ReservationEndpointTests(HubFixture hub)
{
    private static string NewId() => "ord-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Reserve_RepeatThenCommitPartAndRelease_MovesStockOnce()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var sku = await StockSteps.NewSkuAsync(admin);
        await StockSteps.ReceiveAsync(admin, sku, 10);
        var id = NewId();

        await StockSteps.ReserveAsync(admin, id, sku, 4);
        var repeat = await StockSteps.ReserveAsync(admin, id, sku, 4, HttpStatusCode.OK);
        Assert.True(repeat.GetProperty("replayed").GetBoolean());

        await HubClient.EnsureAsync(await admin.PostAsync($"/api/stock/reservations/{id}/commit",
            new { lines = new[] { new { sku, quantity = 1 } }, idempotencyKey = "ship-1" }), HttpStatusCode.OK);
        Assert.Equal((9L, 3L, 6L), await StockSteps.LevelsAsync(admin, sku));

        await HubClient.EnsureAsync(await admin.PostAsync($"/api/stock/reservations/{id}/release", new { }), HttpStatusCode.OK);
        var view = await admin.GetAsync<JsonElement>($"/api/stock/reservations/{id}");
        Assert.Equal("Released", view.GetProperty("state").GetString());
        Assert.Equal((9L, 0L, 9L), await StockSteps.LevelsAsync(admin, sku));
    }

    [Fact]
    public async Task Reserve_MoreThanAvailable_Returns409WithReasonAndReservesNothing()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var sku = await StockSteps.NewSkuAsync(admin);
        await StockSteps.ReceiveAsync(admin, sku, 3);

        var problem = await StockSteps.ReserveAsync(admin, NewId(), sku, 5, HttpStatusCode.Conflict);

        Assert.Contains("at most 3 available", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal((3L, 0L, 3L), await StockSteps.LevelsAsync(admin, sku));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(5_000_000_000)]
    public async Task Reserve_AbsurdQuantity_Returns400(long quantity)
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var sku = await StockSteps.NewSkuAsync(admin);
        await StockSteps.ReceiveAsync(admin, sku, 3);

        var response = await admin.PostAsync("/api/stock/reservations", new { reservationId = NewId(), lines = new[] { new { sku, quantity } } });

        await HubClient.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task CommitTwice_Returns409()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var sku = await StockSteps.NewSkuAsync(admin);
        await StockSteps.ReceiveAsync(admin, sku, 3);
        var id = NewId();
        await StockSteps.ReserveAsync(admin, id, sku, 2);

        await HubClient.EnsureAsync(await admin.PostAsync($"/api/stock/reservations/{id}/commit", new { }), HttpStatusCode.OK);
        var again = await admin.PostAsync($"/api/stock/reservations/{id}/commit", new { });

        await HubClient.ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal((1L, 0L, 1L), await StockSteps.LevelsAsync(admin, sku));
    }

    [Fact]
    public async Task Reservations_OfAnotherMerchant_AreNotFound()
    {
        var a = await hub.SignInAsync(HubClient.Admin("pxg-trading"));
        var b = await hub.SignInAsync(HubClient.Admin("hekou-goods"));
        var sku = await StockSteps.NewSkuAsync(a);
        await StockSteps.ReceiveAsync(a, sku, 5);
        var id = NewId();
        await StockSteps.ReserveAsync(a, id, sku, 2);

        Assert.Equal(HttpStatusCode.NotFound, (await b.Http.GetAsync($"/api/stock/reservations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsync($"/api/stock/reservations/{id}/commit", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Http.GetAsync($"/api/stock/{sku}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await b.PostAsync("/api/stock/receipts",
            new { lines = new[] { new { sku, warehouse = "PXG", quantity = 1 } } })).StatusCode);
        Assert.Equal((5L, 2L, 3L), await StockSteps.LevelsAsync(a, sku));
    }

    [Fact]
    public async Task Roles_HostCannotReceiveAndWarehouseCannotReserveOrManageChannels()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var host = await hub.SignInAsync(HubClient.Host());
        var staff = await hub.SignInAsync(HubClient.WarehouseStaff());
        var sku = await StockSteps.NewSkuAsync(admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await host.PostAsync("/api/stock/receipts",
            new { lines = new[] { new { sku, warehouse = "PXG", quantity = 1 } } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync("/api/stock/reservations",
            new { reservationId = NewId(), lines = new[] { new { sku, quantity = 1 } } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync("/api/channels", new { code = "x", name = "x", marketplace = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/api/stock")).StatusCode);
    }
}
