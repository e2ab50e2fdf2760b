using System.Text.Json;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Shopee;

public sealed class ShopeeProductTests
{
    [Fact]
    public async Task UpdateStockAndPrice_ItemWithModels_ModelListShowsNewValues()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var (itemId, models) = await sandbox.AddVariantItemAsync(ShopeeSandbox.ShopVn, 5, 7);

        var stock = (await sandbox.Shopee.PostAsync("/api/v2/product/update_stock", ShopeeSandbox.ShopVn, new
        {
            item_id = itemId,
            stock_list = new object[]
            {
                new { model_id = models[0], seller_stock = new[] { new { stock = 40 } } },
                new { model_id = 123L, seller_stock = new[] { new { stock = 1 } } },
            },
        })).EnsureOk().Response;
        var price = (await sandbox.Shopee.PostAsync("/api/v2/product/update_price", ShopeeSandbox.ShopVn, new
        {
            item_id = itemId,
            price_list = new[] { new { model_id = models[1], original_price = 199000m } },
        })).EnsureOk().Response;

        Assert.Equal(models[0], stock.GetProperty("success_list")[0].GetProperty("model_id").GetInt64());
        Assert.Equal(123, stock.GetProperty("failure_list")[0].GetProperty("model_id").GetInt64());
        Assert.Equal(1, price.GetProperty("success_list").GetArrayLength());
        var list = (await sandbox.Shopee.GetAsync("/api/v2/product/get_model_list", ShopeeSandbox.ShopVn, $"item_id={itemId}")).EnsureOk().Response;
        var byId = list.GetProperty("model").EnumerateArray().ToDictionary(m => m.GetProperty("model_id").GetInt64());
        Assert.Equal(40, Available(byId[models[0]]));
        Assert.Equal(7, Available(byId[models[1]]));
        Assert.Equal(199000m, byId[models[1]].GetProperty("price_info")[0].GetProperty("original_price").GetDecimal());
        Assert.Equal("VND", byId[models[1]].GetProperty("price_info")[0].GetProperty("currency").GetString());
    }

    [Theory]
    [InlineData(ShopeeSandbox.ShopVn, 129000.5, false)]
    [InlineData(ShopeeSandbox.ShopTh, 99.25, false)]
    [InlineData(ShopeeSandbox.ShopTh, 99, true)]
    public async Task UpdatePrice_DecimalsInIntegerRegion_FailsPerEntry(long shopId, double newPrice, bool accepted)
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(shopId);
        var itemId = await sandbox.AddItemAsync(shopId, stock: 3, price: 100);

        var result = (await sandbox.Shopee.PostAsync("/api/v2/product/update_price", shopId, new
        {
            item_id = itemId,
            price_list = new[] { new { model_id = 0, original_price = (decimal)newPrice } },
        })).EnsureOk().Response;

        Assert.Equal(accepted ? 1 : 0, result.GetProperty("success_list").GetArrayLength());
        Assert.Equal(accepted ? 0 : 1, result.GetProperty("failure_list").GetArrayLength());
    }

    [Fact]
    public async Task UpdateStock_MoreThan50Entries_ReturnsErrorParam()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var itemId = await sandbox.AddItemAsync(ShopeeSandbox.ShopVn, stock: 3);

        var result = await sandbox.Shopee.PostAsync("/api/v2/product/update_stock", ShopeeSandbox.ShopVn, new
        {
            item_id = itemId,
            stock_list = Enumerable.Range(0, 51).Select(_ => new { model_id = 0, seller_stock = new[] { new { stock = 1 } } }).ToArray(),
        });

        Assert.Equal("error_param", result.Error);
    }

    [Fact]
    public async Task UnlistAndDelete_Item_ChangesStatusAndHidesDeleted()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var unlisted = await sandbox.AddItemAsync(ShopeeSandbox.ShopVn, stock: 3);
        var deleted = await sandbox.AddItemAsync(ShopeeSandbox.ShopVn, stock: 3);

        (await sandbox.Shopee.PostAsync("/api/v2/product/unlist_item", ShopeeSandbox.ShopVn, new { item_list = new[] { new { item_id = unlisted, unlist = true } } })).EnsureOk();
        (await sandbox.Shopee.PostAsync("/api/v2/product/delete_item", ShopeeSandbox.ShopVn, new { item_id = deleted })).EnsureOk();

        var info = (await sandbox.Shopee.GetAsync("/api/v2/product/get_item_base_info", ShopeeSandbox.ShopVn, $"item_id_list={unlisted},{deleted}")).EnsureOk().Response;
        var statuses = info.GetProperty("item_list").EnumerateArray().ToDictionary(i => i.GetProperty("item_id").GetInt64(), i => i.GetProperty("item_status").GetString());
        Assert.Equal("UNLIST", statuses[unlisted]);
        Assert.Equal("SELLER_DELETE", statuses[deleted]);
        var normal = (await sandbox.Shopee.GetAsync("/api/v2/product/get_item_list", ShopeeSandbox.ShopVn, "page_size=10&item_status=NORMAL")).EnsureOk().Response;
        Assert.Equal(0, normal.GetProperty("total_count").GetInt32());
        var stock = await sandbox.Shopee.PostAsync("/api/v2/product/update_stock", ShopeeSandbox.ShopVn, new { item_id = deleted, stock_list = new[] { new { model_id = 0, seller_stock = new[] { new { stock = 1 } } } } });
        Assert.Equal("product.error_item_not_found", stock.Error);
    }

    [Fact]
    public async Task CampaignEnds_LockedStock_ReturnsToSellerStock()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var itemId = await sandbox.AddItemAsync(ShopeeSandbox.ShopVn, stock: 10);

        var campaign = await sandbox.AdminAsync(HttpMethod.Post, "/campaigns", new { shopId = "600001", itemId = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture), quantity = 4 });
        var during = await StockInfo(sandbox, itemId);
        await sandbox.AdminAsync(HttpMethod.Post, $"/campaigns/{campaign.GetProperty("id").GetString()}/end");
        var after = await StockInfo(sandbox, itemId);

        Assert.Equal((6, 4), during);
        Assert.Equal((10, 0), after);
    }

    private static async Task<(int Available, int Reserved)> StockInfo(ShopeeSandbox sandbox, long itemId)
    {
        var item = (await sandbox.Shopee.GetAsync("/api/v2/product/get_item_base_info", ShopeeSandbox.ShopVn, $"item_id_list={itemId}")).EnsureOk()
            .Response.GetProperty("item_list")[0];
        var summary = item.GetProperty("stock_info_v2").GetProperty("summary_info");
        return (summary.GetProperty("total_available_stock").GetInt32(), summary.GetProperty("total_reserved_stock").GetInt32());
    }

    private static int Available(JsonElement model) =>
        model.GetProperty("stock_info_v2").GetProperty("summary_info").GetProperty("total_available_stock").GetInt32();
}
