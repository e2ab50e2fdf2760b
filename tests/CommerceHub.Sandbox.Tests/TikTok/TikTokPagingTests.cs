using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.TikTok;

public sealed class TikTokPagingTests
{
    private const string OrderSearch = "/order/202309/orders/search";

    [Fact]
    public async Task OrderSearch_PageToken_WalksEveryOrderOnceEvenWhenNewOrdersArrive()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 50);
        for (var i = 0; i < 5; i++)
        {
            await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikTokSandbox.ShopVn, count = 1 });
            await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = 10 });
        }

        var seen = new List<string>();
        var token = "";
        var pages = 0;
        do
        {
            var data = (await sandbox.TikTok.PostAsync(OrderSearch, TikTokSandbox.ShopVn, new { order_status = "UNPAID" }, ("page_size", "2"), ("page_token", token))).EnsureOk().Data;
            seen.AddRange(data.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("id").GetString()!));
            token = data.GetProperty("next_page_token").GetString()!;
            pages++;
            if (pages == 1)
            {
                // A newer order lands while the client pages newest-first; it must not shift the pages.
                await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikTokSandbox.ShopVn, count = 1 });
            }
        }
        while (token.Length > 0);

        Assert.Equal(3, pages);
        Assert.Equal(5, seen.Count);
        Assert.Equal(5, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("0", "")]
    [InlineData("101", "")]
    [InlineData("10", "not-a-token")]
    public async Task OrderSearch_BadPageSizeOrToken_IsRefused(string pageSize, string pageToken)
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);

        var result = await sandbox.TikTok.PostAsync(OrderSearch, TikTokSandbox.ShopVn, new { }, ("page_size", pageSize), ("page_token", pageToken));

        Assert.Equal(40006, result.Code);
    }

    [Fact]
    public async Task ProductSearch_PageToken_ReturnsEveryProductOnce()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        for (var i = 0; i < 3; i++)
        {
            await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 1);
        }

        var first = (await sandbox.TikTok.PostAsync("/product/202502/products/search", TikTokSandbox.ShopVn, null, ("page_size", "2"))).EnsureOk().Data;
        var second = (await sandbox.TikTok.PostAsync("/product/202502/products/search", TikTokSandbox.ShopVn, null, ("page_size", "2"), ("page_token", first.GetProperty("next_page_token").GetString()!))).EnsureOk().Data;

        Assert.Equal(3, first.GetProperty("total_count").GetInt32());
        Assert.Equal(2, first.GetProperty("products").GetArrayLength());
        Assert.Equal(1, second.GetProperty("products").GetArrayLength());
        Assert.Equal("", second.GetProperty("next_page_token").GetString());
    }
}
