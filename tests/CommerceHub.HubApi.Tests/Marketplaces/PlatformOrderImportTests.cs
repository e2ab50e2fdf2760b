using System.Text.Json;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.Stock;

namespace CommerceHub.HubApi.Tests.Marketplaces;

/// <summary>Orders of Lazada, TikTok Shop and Taobao through the hub's import: by signed push where the platform pushes, and by polling.</summary>
[Collection(HubCollection.Name)]
public sealed class PlatformOrderImportTests(SixShopsHub hub) : IClassFixture<SixShopsHub>
{
    [Theory]
    [InlineData("1000101")] // Lazada VN
    [InlineData("7494000000000000101")] // TikTok Shop VN
    public async Task Push_PaidOrders_EachImportedOnceWithStockReservedInTheShopsCurrency(string shopId)
    {
        var shop = SixShopsHub.Shops.Single(s => s.ShopId == shopId);
        var (sku, itemId) = await ListedSkuAsync(shop, ledgerStock: 10);

        var placed = await hub.PlaceOrdersAsync(shop, itemId, 3);
        var orders = await OrdersAsync(sku, o => o.Count == 3 && o.All(x => Text(x, "stockState") == "Reserved"));

        Assert.Equal(placed.Order(StringComparer.Ordinal), orders.Select(o => Text(o, "platformOrderId")).Order(StringComparer.Ordinal));
        Assert.All(orders, o =>
        {
            Assert.Equal(("ToShip", "Reserved", "VND", shop.Code), (Text(o, "status"), Text(o, "stockState"), Text(o, "currency"), Text(o, "marketplace")));
            Assert.True(o.GetProperty("total").GetDecimal() > 0, "the order carries its total");
            Assert.Equal((sku, 1), (Text(o.GetProperty("lines")[0], "sku"), o.GetProperty("lines")[0].GetProperty("quantity").GetInt32()));
        });
        Assert.Equal((10L, 3L, 7L), await StockSteps.LevelsAsync(hub.Admin, sku));
    }

    [Theory]
    [InlineData("1000102")] // Lazada TH
    [InlineData("7494000000000000101")] // TikTok Shop VN
    [InlineData("2200000001")] // Taobao: no push at all, polling is the only way in
    public async Task Poll_PushesLost_PollImportsEveryOrderOnce(string shopId)
    {
        var shop = SixShopsHub.Shops.Single(s => s.ShopId == shopId);
        var (sku, itemId) = await ListedSkuAsync(shop, ledgerStock: 10);
        await hub.SandboxPutAsync(shop.Platform, "faults", new { webhookDropRate = 1.0 });
        IReadOnlyList<string> placed;
        try
        {
            placed = await hub.PlaceOrdersAsync(shop, itemId, 4);
        }
        finally
        {
            await hub.SandboxPutAsync(shop.Platform, "faults", new { });
        }

        await hub.PollAsync(shop);
        await hub.PollAsync(shop);
        var orders = await OrdersAsync(sku, o => o.Count == 4 && o.All(x => Text(x, "stockState") == "Reserved"));

        Assert.Equal(placed.Order(StringComparer.Ordinal), orders.Select(o => Text(o, "platformOrderId")).Order(StringComparer.Ordinal));
        Assert.All(orders, o => Assert.Equal(("ToShip", "Reserved"), (Text(o, "status"), Text(o, "stockState"))));
        Assert.Equal(4, (await hub.OrderRowsAsync(shop, [sku])).Count);
        Assert.Equal((10L, 4L, 6L), await StockSteps.LevelsAsync(hub.Admin, sku));
    }

    [Theory]
    [InlineData("1000101", "canceled")]
    [InlineData("7494000000000000101", "CANCELLED")]
    [InlineData("2200000001", "TRADE_CLOSED")]
    public async Task Import_OrderCancelledOnThePlatform_StockReleased(string shopId, string cancelled)
    {
        var shop = SixShopsHub.Shops.Single(s => s.ShopId == shopId);
        var (sku, itemId) = await ListedSkuAsync(shop, ledgerStock: 5);
        var placed = await hub.PlaceOrdersAsync(shop, itemId, 1);
        await hub.PollAsync(shop);
        await OrdersAsync(sku, o => o.Count == 1 && Text(o[0], "stockState") == "Reserved");

        var moved = await hub.SandboxPostAsync(shop.Platform, $"orders/{placed[0]}/status", new { shopId, status = cancelled });
        Assert.Equal(placed[0], moved.GetProperty("orderId").GetString());
        await hub.PollAsync(shop);
        var orders = await OrdersAsync(sku, o => o.Count == 1 && Text(o[0], "stockState") == "Released");

        Assert.Equal(("Cancelled", "Released"), (Text(orders[0], "status"), Text(orders[0], "stockState")));
        Assert.Equal((5L, 0L, 5L), await StockSteps.LevelsAsync(hub.Admin, sku));
    }

    private async Task<(string Sku, string ItemId)> ListedSkuAsync(SandboxShop shop, long ledgerStock)
    {
        var (sku, listing) = await hub.PublishNewSkuAsync(shop, ledgerStock);
        Assert.True(Text(listing, "state") == "Live", listing.GetProperty("lastError").ToString());
        return (sku, Text(listing, "externalItemId"));
    }

    /// <summary>The hub's orders for one SKU, polled until <paramref name="done"/> holds or 20 s pass; returns the last answer.</summary>
    private async Task<List<JsonElement>> OrdersAsync(string sku, Func<List<JsonElement>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var orders = (await hub.Admin.GetAsync<JsonElement>($"/api/orders?sku={sku}&pageSize=200")).GetProperty("items").EnumerateArray().ToList();
            if (done(orders) || DateTime.UtcNow > deadline)
            {
                return orders;
            }

            await Task.Delay(100);
        }
    }

    private static string Text(JsonElement element, string property) => element.GetProperty(property).ToString();
}
