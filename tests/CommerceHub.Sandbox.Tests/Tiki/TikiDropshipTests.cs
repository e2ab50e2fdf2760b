using System.Net;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Tiki;

public sealed class TikiDropshipTests
{
    [Fact]
    public async Task ConfirmAvailable_QueueingOrder_MovesToPackagingWithTrackingCode()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (token, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        await sandbox.AddProductsAsync(token, 150000, 5);
        var code = await OrderAsync(sandbox, "queueing");

        var confirmed = (await sandbox.SendAsync(HttpMethod.Post, $"/integration/v2/orders/{code}/dropship/confirm-available", token, new { seller_inventory_id = 1034 })).EnsureOk().Json;
        var detail = (await sandbox.SendAsync(HttpMethod.Get, $"/integration/v2/orders/{code}", token)).EnsureOk().Json;

        Assert.Equal("packaging", detail.GetProperty("status").GetString());
        Assert.StartsWith("TNSL", confirmed.GetProperty("tracking_code").GetString(), StringComparison.Ordinal);
        Assert.Equal(confirmed.GetProperty("tracking_code").GetString(), detail.GetProperty("shipping").GetProperty("tracking_code").GetString());
        Assert.Equal("seller_confirmed", detail.GetProperty("items")[0].GetProperty("confirmation").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ConfirmAvailable_Twice_SecondIsRefused()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (token, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        await sandbox.AddProductsAsync(token, 150000, 5);
        var code = await OrderAsync(sandbox, "queueing");
        var path = $"/integration/v2/orders/{code}/dropship/confirm-available";

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => sandbox.SendAsync(HttpMethod.Post, path, token, new { seller_inventory_id = 1034 })));

        Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a => Assert.Equal("invalid_request", a.ErrorCode));
    }

    [Fact]
    public async Task ConfirmAvailable_NotYetAcceptedOrUnknownOrMissingWarehouse_IsRefused()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (token, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        await sandbox.AddProductsAsync(token, 150000, 5);
        var code = await OrderAsync(sandbox, null);

        var waiting = await sandbox.SendAsync(HttpMethod.Post, $"/integration/v2/orders/{code}/dropship/confirm-available", token, new { seller_inventory_id = 1034 });
        var unknown = await sandbox.SendAsync(HttpMethod.Post, "/integration/v2/orders/999999999/dropship/confirm-available", token, new { seller_inventory_id = 1034 });
        var noWarehouse = await sandbox.SendAsync(HttpMethod.Post, $"/integration/v2/orders/{code}/dropship/confirm-available", token, new { });

        Assert.Equal(HttpStatusCode.BadRequest, waiting.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.BadRequest, noWarehouse.Status);
        Assert.Equal("waiting_payment", (await sandbox.SendAsync(HttpMethod.Get, $"/integration/v2/orders/{code}", token)).Json.GetProperty("status").GetString());
    }

    private static async Task<string> OrderAsync(TikiSandbox sandbox, string? advanceTo) =>
        (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", advanceTo is null
            ? new { shopId = TikiSandbox.SellerA, count = 1 }
            : (object)new { shopId = TikiSandbox.SellerA, count = 1, advanceTo })).GetProperty("orderIds")[0].GetString()!;
}
