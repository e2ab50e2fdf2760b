using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Shopee;

public sealed class ShopeeAdminTests
{
    [Fact]
    public async Task RateScenario_NotAwaited_FinishesInBackgroundWithAllOrders()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        await sandbox.AddItemAsync(ShopeeSandbox.ShopVn, stock: 20);

        var started = await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders?wait=false", new { shopId = "600001", count = 6, perSecond = 40 });
        var id = started.GetProperty("id").GetString();
        await ShopeeWebhookTests.WaitUntilAsync(async () => (await sandbox.AdminAsync(HttpMethod.Get, $"/scenarios/{id}")).GetProperty("finished").GetBoolean());
        var report = await sandbox.AdminAsync(HttpMethod.Get, $"/scenarios/{id}");

        Assert.False(started.GetProperty("finished").GetBoolean());
        Assert.Equal(6, report.GetProperty("created").GetInt32());
        var now = sandbox.Host.Clock.UnixSeconds;
        var list = (await sandbox.Shopee.GetAsync("/api/v2/order/get_order_list", ShopeeSandbox.ShopVn, $"time_range_field=create_time&time_from={now - 60}&time_to={now + 1}&page_size=100")).EnsureOk();
        Assert.Equal(6, list.Response.GetProperty("order_list").GetArrayLength());
    }

    [Fact]
    public async Task AddShop_ThroughAdmin_CanBeAuthorizedAndUsed()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "/shops", new { shopId = "600009", region = "sg", name = "Added SG" });

        (await sandbox.Shopee.AuthorizeAsync(600009)).EnsureOk();
        var itemId = await sandbox.AddItemAsync(600009, stock: 2, price: 12.5m);

        Assert.True(itemId > 0);
        var shop = await sandbox.AdminAsync(HttpMethod.Get, "/shops/600009");
        Assert.Equal("SGD", shop.GetProperty("currency").GetString());
        Assert.Equal(12.5m, shop.GetProperty("items")[0].GetProperty("item").GetProperty("price_info")[0].GetProperty("original_price").GetDecimal());
    }
}
