using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Douyin;

public sealed class DouyinAuthTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task CompleteAsync_Code_StoresTokenWithSevenDayExpiry()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node();

        var shop = await harness.AuthorizeAsync(node);

        var token = (await harness.Store.GetAsync(shop))!;
        Assert.Equal(harness.Host.Clock.GetUtcNow().AddDays(7), token.AccessExpiresAt, TimeSpan.FromSeconds(5));
        Assert.Empty(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        var link = node.Authorization.BuildAuthorizationUrl(Marketplace.Douyin, new Uri("https://hub.example/douyin/callback"), "tenant-1");
        Assert.Contains("state=tenant-1", link.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_CodeForAnotherShop_RefusedAsGrant()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node();
        var code = (await harness.PostAsync("auth/code", new { shopId = DouyinHarness.ShopB })).GetProperty("code").GetString()!;

        var error = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Authorization.CompleteAsync(Marketplace.Douyin, DouyinHarness.ShopA, code));

        Assert.True(error.ReauthorizationRequired);
        Assert.Null(await harness.Store.GetAsync(new ShopRef(Marketplace.Douyin, DouyinHarness.ShopA)));
    }

    [Fact]
    public async Task ListOrdersAsync_TokenExpiresMidSync_RefreshedOnceAndSyncCompletes()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:Douyin:PageSize"] = "2" });
        var shop = await harness.AuthorizeAsync(node);
        await harness.AddProductAsync(shop.ShopId, "奶粉", ("MILK", 168m, 100));
        var start = harness.Host.Clock.GetUtcNow().AddSeconds(-1);
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 6 });
        var before = (await harness.Store.GetAsync(shop))!.AccessToken;

        var seen = new List<string>();
        await foreach (var order in node.Connector.ListOrdersAsync(shop, new OrderQuery(start, start.AddMinutes(10))))
        {
            seen.Add(order.ExternalOrderId);
            if (seen.Count == 1)
            {
                // Past the 7-day access lifetime and the runtime's skew, between two pages of the same sync.
                harness.Host.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
            }
        }

        Assert.Equal(6, seen.Distinct().Count());
        Assert.Equal(1, node.Http.Calls(DouyinHarness.Path(DouyinClient.TokenRefresh)));
        Assert.NotEqual(before, (await harness.Store.GetAsync(shop))!.AccessToken);
    }

    [Fact]
    public async Task Call_GrantRevoked_ShopNeedsReauthorization()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await harness.PostAsync("auth/revoke", new { shopId = shop.ShopId });

        var error = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync().AsTask());

        Assert.Equal(AuthFailure.Grant, error.Failure);
        Assert.Contains("dop.authorization-no-existed", error.PlatformCode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_WrongSecret_CredentialsErrorWithDouyinSubCode()
    {
        await using var harness = await DouyinHarness.StartAsync(redis);
        var good = harness.Node();
        var shop = await harness.AuthorizeAsync(good);
        var bad = harness.Node(new Dictionary<string, string?> { ["Connectors:Douyin:AppSecret"] = "not-the-right-secret" });

        var error = await Assert.ThrowsAsync<MarketplaceAuthException>(() => bad.Connector.GetOrderAsync(shop, "1"));

        Assert.Equal((AuthFailure.Credentials, "40003:isv.signature-invalid", 200), (error.Failure, error.PlatformCode, error.HttpStatus));
    }
}
