using System.Web;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.TikTok;

public sealed class TikTokAuthTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task AuthorizationLink_SellerConsents_CallbackStoresTokenWithAbsoluteExpiry()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var link = node.Authorization.BuildAuthorizationUrl(Marketplace.TikTokShop, new Uri("https://hub.example/tiktok/callback"), state: "tenant-7");

        // The sandbox's consent page skips the click when shop_id is given and redirects with code and state.
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var consent = await browser.GetAsync(new Uri(link + "&shop_id=" + TikTokHarness.ShopVn));
        var callback = HttpUtility.ParseQueryString(consent.Headers.Location!.Query); // a redirect always has a Location
        var token = await node.Authorization.CompleteAsync(Marketplace.TikTokShop, TikTokHarness.ShopVn, callback["code"]!);

        Assert.Equal("tenant-7", callback["state"]);
        Assert.Equal(token, await harness.Store.GetAsync(TikTokHarness.Vn));
        Assert.Equal(harness.Host.Clock.GetUtcNow().AddDays(7), token.AccessExpiresAt, TimeSpan.FromSeconds(5));
        Assert.Equal(harness.Host.Clock.GetUtcNow().AddDays(365), token.RefreshExpiresAt!.Value, TimeSpan.FromSeconds(5));
        Assert.Empty(await node.Connector.ListItemsAsync(TikTokHarness.Vn, new ItemQuery()).ToListAsync());
        Assert.Equal(1, node.Http.Calls(TikTokClient.AuthorizedShopsPath)); // the cipher is learned once
    }

    [Fact]
    public async Task CompleteAsync_CodeForAnotherShop_RefusedAsGrant()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var code = (await harness.PostAsync("auth/code", new { shopId = TikTokHarness.ShopTh })).GetProperty("code").GetString()!;

        var error = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Authorization.CompleteAsync(Marketplace.TikTokShop, TikTokHarness.ShopVn, code));

        Assert.True(error.ReauthorizationRequired);
        Assert.Null(await harness.Store.GetAsync(TikTokHarness.Vn));
    }

    [Fact]
    public async Task RefreshDueAsync_TwoNodesConcurrently_OneRefreshCallAndBothWork()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var (first, second) = (harness.Node(), harness.Node());
        var shop = await harness.AuthorizeAsync(first);
        var before = await harness.Store.GetAsync(shop);
        harness.Host.Clock.Advance(TimeSpan.FromDays(6.9));
        await harness.PutAsync("faults", new { latencyMs = 200 }); // keeps the two refreshes overlapping

        var summaries = await Task.WhenAll(first.Tokens.RefreshDueAsync(TimeSpan.FromDays(1)), second.Tokens.RefreshDueAsync(TimeSpan.FromDays(1)));
        await harness.PutAsync("faults", new { });

        Assert.Equal(1, first.Http.Calls(TikTokClient.TokenRefreshPath) + second.Http.Calls(TikTokClient.TokenRefreshPath));
        Assert.Equal(1, summaries.Sum(s => s.Refreshed));
        var after = (await harness.Store.GetAsync(shop))!;
        Assert.NotEqual(before!.AccessToken, after.AccessToken);
        Assert.Equal(harness.Host.Clock.GetUtcNow().AddDays(7), after.AccessExpiresAt, TimeSpan.FromSeconds(5));
        harness.Host.Clock.Advance(TimeSpan.FromDays(0.2)); // the old access token has expired: only the new pair works
        Assert.Empty(await first.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Empty(await second.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal(1, first.Http.Calls(TikTokClient.TokenRefreshPath) + second.Http.Calls(TikTokClient.TokenRefreshPath));
    }

    [Fact]
    public async Task ListOrdersAsync_TokenExpiresMidSync_RefreshedOnceAndEveryOrderReturned()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node(new Dictionary<string, string?> { ["Connectors:TikTok:PageSize"] = "4" });
        var shop = await harness.AuthorizeAsync(node);
        await TikTokHarness.ListSimpleItemAsync(node, shop, "TEE");
        var report = await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 10 });
        var now = harness.Host.Clock.GetUtcNow();

        var seen = new List<string>();
        await foreach (var order in node.Connector.ListOrdersAsync(shop, new OrderQuery(now.AddHours(-1), now.AddHours(1))))
        {
            seen.Add(order.ExternalOrderId);
            if (seen.Count == 2)
            {
                // The access token runs out on the platform while the hub still believes it valid: TikTok answers 105002.
                harness.Host.Clock.Advance(TimeSpan.FromDays(7.1));
                var stored = (await harness.Store.GetAsync(shop))!;
                await harness.Store.SaveAsync(stored with { AccessExpiresAt = harness.Host.Clock.GetUtcNow().AddDays(1) });
            }
        }

        Assert.Equal(report.GetProperty("orderIds").EnumerateArray().Select(o => o.GetString()!).Order(), seen.Order());
        Assert.Equal(1, node.Http.Calls(TikTokClient.TokenRefreshPath));
        Assert.True(node.Http.Calls(TikTokClient.OrderSearchApi) >= 4, "10 orders at 4 a page need three pages plus the repeated one");
        Assert.True((await harness.Store.GetAsync(shop))!.AccessExpiresAt > harness.Host.Clock.GetUtcNow().AddDays(6));
    }

    [Fact]
    public async Task GetToken_GrantRevoked_ShopMarkedForReauthorizationThenActiveAfterConsent()
    {
        await using var harness = await TikTokHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await harness.PostAsync("auth/revoke", new { shopId = shop.ShopId });
        harness.Host.Clock.Advance(TimeSpan.FromDays(7.1));

        var first = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync().AsTask());
        var second = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Connector.GetOrderAsync(shop, "1"));

        Assert.True(first.ReauthorizationRequired);
        Assert.True(second.ReauthorizationRequired);
        Assert.Equal(AuthorizationState.ReauthorizationRequired, (await harness.Store.GetAsync(shop))!.State);
        Assert.Equal(1, node.Http.Calls(TikTokClient.TokenRefreshPath));
        await harness.AuthorizeAsync(node);
        Assert.Equal(AuthorizationState.Active, (await harness.Store.GetAsync(shop))!.State);
        Assert.Empty(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
    }
}
