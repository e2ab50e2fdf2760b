using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.TikTok;

public sealed class TikTokProductTests
{
    [Fact]
    public async Task InventoryAndPriceUpdate_ExistingSku_ShowInSearch()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        var (productId, skus) = await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 5, 6);
        var warehouse = (await sandbox.AdminAsync(HttpMethod.Get, $"/shops/{TikTokSandbox.ShopVn}")).GetProperty("warehouse_id").GetString();

        (await sandbox.TikTok.PostAsync($"/product/202309/products/{productId}/inventory/update", TikTokSandbox.ShopVn,
            new { skus = new[] { new { id = skus[1], inventory = new[] { new { warehouse_id = warehouse, quantity = 42 } } } } })).EnsureOk();
        (await sandbox.TikTok.PostAsync($"/product/202309/products/{productId}/prices/update", TikTokSandbox.ShopVn,
            new { skus = new[] { new { id = skus[0], price = new { amount = "99000", currency = "VND" } } } })).EnsureOk();

        var product = (await sandbox.TikTok.PostAsync("/product/202502/products/search", TikTokSandbox.ShopVn, new { status = "ACTIVATE" }, ("page_size", "10"))).EnsureOk()
            .Data.GetProperty("products")[0];
        Assert.Equal(productId, product.GetProperty("id").GetString());
        Assert.Equal("99000", product.GetProperty("skus")[0].GetProperty("price").GetProperty("amount").GetString());
        Assert.Equal(42, product.GetProperty("skus")[1].GetProperty("inventory")[0].GetProperty("quantity").GetInt32());
    }

    [Fact]
    public async Task InventoryUpdate_UnknownWarehouse_IsRefusedAndNothingChanges()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        var (productId, skus) = await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 5);

        var result = await sandbox.TikTok.PostAsync($"/product/202309/products/{productId}/inventory/update", TikTokSandbox.ShopVn,
            new { skus = new[] { new { id = skus[0], inventory = new[] { new { warehouse_id = "1", quantity = 9 } } } } });

        Assert.Equal(40006, result.Code);
        var shop = await sandbox.AdminAsync(HttpMethod.Get, $"/shops/{TikTokSandbox.ShopVn}");
        Assert.Equal(5, shop.GetProperty("products")[0].GetProperty("skus")[0].GetProperty("inventory")[0].GetProperty("quantity").GetInt32());
    }

    [Fact]
    public async Task Create_PriceInOtherCurrency_IsRefused()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopTh);

        var result = await sandbox.TikTok.PostAsync("/product/202309/products", TikTokSandbox.ShopTh, new
        {
            title = "Tea",
            category_id = "600001",
            skus = new[] { new { seller_sku = "T1", price = new { amount = "10", currency = "VND" }, inventory = new[] { new { quantity = 1 } } } },
        });

        Assert.Equal(40006, result.Code);
        Assert.Contains("THB", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InventoryUpdate_ProductOfOtherShop_ReturnsProductNotFound()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopTh);
        var (productId, skus) = await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 5);

        var result = await sandbox.TikTok.PostAsync($"/product/202309/products/{productId}/inventory/update", TikTokSandbox.ShopTh,
            new { skus = new[] { new { id = skus[0], inventory = new[] { new { quantity = 1 } } } } });

        Assert.Equal(12052004, result.Code);
    }
}
