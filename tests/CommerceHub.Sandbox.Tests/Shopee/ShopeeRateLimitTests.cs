using System.Net;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Shopee;

public sealed class ShopeeRateLimitTests
{
    [Fact]
    public async Task PerApiLimit_Exceeded_ReturnsErrorRateLimitUntilWindowPasses()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopTh);
        await sandbox.AdminAsync(HttpMethod.Put, "/rate-limits", new
        {
            permitsPerWindow = 1000,
            windowSeconds = 3600,
            perApi = new Dictionary<string, int> { ["/api/v2/product/get_item_list"] = 3 },
        });

        var calls = new List<ShopeeResponse>();
        for (var i = 0; i < 5; i++)
        {
            calls.Add(await sandbox.Shopee.GetAsync("/api/v2/product/get_item_list", ShopeeSandbox.ShopVn, "page_size=1"));
        }

        Assert.Equal(3, calls.Count(c => c.Error.Length == 0));
        var limited = calls[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("error_rate_limit", limited.Error);
        Assert.Equal("Too many requests", limited.Message);
        (await sandbox.Shopee.GetAsync("/api/v2/product/get_item_list", ShopeeSandbox.ShopTh, "page_size=1")).EnsureOk();
        (await sandbox.Shopee.GetAsync("/api/v2/order/get_order_list", ShopeeSandbox.ShopVn, OrderWindow(sandbox))).EnsureOk();

        await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = 3601 });
        (await sandbox.Shopee.GetAsync("/api/v2/product/get_item_list", ShopeeSandbox.ShopVn, "page_size=1")).EnsureOk();
    }

    [Fact]
    public async Task ShopLimit_Exceeded_CountsAllApisTogether()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        await sandbox.AdminAsync(HttpMethod.Put, "/rate-limits", new { permitsPerWindow = 4, windowSeconds = 3600, perApi = new Dictionary<string, int>() });

        var results = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            results.Add((await sandbox.Shopee.GetAsync("/api/v2/product/get_item_list", ShopeeSandbox.ShopVn, "page_size=1")).Error);
            results.Add((await sandbox.Shopee.GetAsync("/api/v2/order/get_order_list", ShopeeSandbox.ShopVn, OrderWindow(sandbox))).Error);
        }

        Assert.Equal(["", "", "", "", "error_rate_limit", "error_rate_limit"], results);
    }

    private static string OrderWindow(ShopeeSandbox sandbox)
    {
        var now = sandbox.Host.Clock.UnixSeconds;
        return $"time_range_field=create_time&time_from={now - 86400}&time_to={now}&page_size=10";
    }
}
