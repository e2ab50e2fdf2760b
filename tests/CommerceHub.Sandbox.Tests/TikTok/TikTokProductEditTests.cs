using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.TikTok;

public sealed class TikTokProductEditTests
{
    [Fact]
    public async Task PartialEdit_KeepsNamedSkusAddsNewOnesAndDropsTheRest()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        var (productId, skus) = await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 5, 6);

        var saved = (await sandbox.TikTok.PostAsync($"/product/202309/products/{productId}/partial_edit", TikTokSandbox.ShopVn, new
        {
            title = "Renamed shirt",
            skus = new object[]
            {
                new { id = skus[0] },
                new { seller_sku = "TT-new", price = new { amount = "120000", currency = "VND" }, inventory = new[] { new { quantity = 3 } } },
            },
        })).EnsureOk().Data;

        var product = (await sandbox.TikTok.CallAsync(HttpMethod.Get, $"/product/202309/products/{productId}", TikTokSandbox.ShopVn, null)).EnsureOk().Data;
        Assert.Equal("Renamed shirt", product.GetProperty("title").GetString());
        Assert.Equal(["TT-0", "TT-new"], product.GetProperty("skus").EnumerateArray().Select(s => s.GetProperty("seller_sku").GetString()));
        Assert.Equal(skus[0], product.GetProperty("skus")[0].GetProperty("id").GetString());
        Assert.Equal(5, product.GetProperty("skus")[0].GetProperty("inventory")[0].GetProperty("quantity").GetInt32());
        Assert.Equal(3, product.GetProperty("skus")[1].GetProperty("inventory")[0].GetProperty("quantity").GetInt32());
        Assert.Equal(product.GetProperty("skus")[1].GetProperty("id").GetString(), saved.GetProperty("skus")[1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task PartialEdit_SellerSkuTwice_IsRefusedAndNothingChanges()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        var (productId, skus) = await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 5);

        var result = await sandbox.TikTok.PostAsync($"/product/202309/products/{productId}/partial_edit", TikTokSandbox.ShopVn, new
        {
            title = "Should not stick",
            skus = new object[]
            {
                new { id = skus[0] },
                new { seller_sku = "TT-0", price = new { amount = "120000", currency = "VND" }, inventory = new[] { new { quantity = 3 } } },
            },
        });

        Assert.Equal(40006, result.Code);
        var product = (await sandbox.TikTok.CallAsync(HttpMethod.Get, $"/product/202309/products/{productId}", TikTokSandbox.ShopVn, null)).EnsureOk().Data;
        Assert.Equal("Test shirt", product.GetProperty("title").GetString());
        Assert.Equal(1, product.GetProperty("skus").GetArrayLength());
    }

    [Fact]
    public async Task FullEdit_WithoutSkus_IsRefused()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        var (productId, _) = await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 5);

        var result = await sandbox.TikTok.CallAsync(HttpMethod.Put, $"/product/202309/products/{productId}", TikTokSandbox.ShopVn, new { title = "T", category_id = "600001" });

        Assert.Equal(40006, result.Code);
    }

    [Fact]
    public async Task Edit_SignedOverOtherBody_ReturnsInvalidSign()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        var (productId, _) = await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 5);
        var path = $"/product/202309/products/{productId}/partial_edit";

        var result = await sandbox.TikTok.SendAsync(HttpMethod.Post, sandbox.TikTok.Url(path, TikTokSandbox.ShopVn, """{"title":"A"}"""), """{"title":"B"}""", sandbox.TikTok.Tokens[TikTokSandbox.ShopVn].Access);

        Assert.Equal(106001, result.Code);
    }

    [Fact]
    public async Task Deactivate_StopsSalesAndActivateListsAgain()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        var (productId, _) = await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 10);

        var deactivated = (await sandbox.TikTok.PostAsync("/product/202309/products/deactivate", TikTokSandbox.ShopVn, new { product_ids = new[] { productId } })).EnsureOk().Data;
        var report = await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikTokSandbox.ShopVn, count = 2 });

        Assert.Equal(0, deactivated.GetProperty("errors").GetArrayLength());
        Assert.Equal(0, report.GetProperty("created").GetInt32());
        Assert.Equal("SELLER_DEACTIVATED", (await StatusAsync(sandbox, productId)));

        (await sandbox.TikTok.PostAsync("/product/202309/products/activate", TikTokSandbox.ShopVn, new { product_ids = new[] { productId } })).EnsureOk();
        Assert.Equal("ACTIVATE", await StatusAsync(sandbox, productId));
    }

    [Fact]
    public async Task Deactivate_UnknownProduct_ReportsItInErrors()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        var (productId, _) = await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 10);

        var errors = (await sandbox.TikTok.PostAsync("/product/202309/products/deactivate", TikTokSandbox.ShopVn, new { product_ids = new[] { productId, "1729000000000999999" } }))
            .EnsureOk().Data.GetProperty("errors");

        var error = Assert.Single(errors.EnumerateArray());
        Assert.Equal(12052004, error.GetProperty("code").GetInt32());
        Assert.Equal("1729000000000999999", error.GetProperty("detail").GetProperty("product_id").GetString());
        Assert.Equal("SELLER_DEACTIVATED", await StatusAsync(sandbox, productId));
    }

    [Fact]
    public async Task Delete_HidesTheProductFromGetAndSearch()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        var (productId, _) = await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 10);

        (await sandbox.TikTok.CallAsync(HttpMethod.Delete, "/product/202309/products", TikTokSandbox.ShopVn, new { product_ids = new[] { productId } })).EnsureOk();

        Assert.Equal(12052004, (await sandbox.TikTok.CallAsync(HttpMethod.Get, $"/product/202309/products/{productId}", TikTokSandbox.ShopVn, null)).Code);
        var found = (await sandbox.TikTok.PostAsync("/product/202502/products/search", TikTokSandbox.ShopVn, null, ("page_size", "10"))).EnsureOk().Data;
        Assert.Equal(0, found.GetProperty("total_count").GetInt32());
    }

    [Fact]
    public async Task Deactivate_TooManyIds_IsRefused()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);

        var result = await sandbox.TikTok.PostAsync("/product/202309/products/deactivate", TikTokSandbox.ShopVn,
            new { product_ids = Enumerable.Range(0, 21).Select(i => $"17290000000000000{i:D2}") });

        Assert.Equal(40006, result.Code);
    }

    private static async Task<string?> StatusAsync(TikTokSandbox sandbox, string productId) =>
        (await sandbox.TikTok.CallAsync(HttpMethod.Get, $"/product/202309/products/{productId}", TikTokSandbox.ShopVn, null)).EnsureOk().Data.GetProperty("status").GetString();
}
