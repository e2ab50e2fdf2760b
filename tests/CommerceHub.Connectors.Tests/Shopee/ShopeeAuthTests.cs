using System.Web;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Shopee;

public sealed class ShopeeAuthTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string RefreshPath = "/api/v2/auth/access_token/get";

    [Fact]
    public async Task AuthorizationLink_SellerConsents_CallbackStoresWorkingToken()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        var link = node.Authorization.BuildAuthorizationUrl(Marketplace.Shopee, new Uri("https://hub.example/shopee/callback"), state: "tenant-7");

        // The sandbox's consent page skips the click when shop_id is given and redirects like Shopee does.
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var consent = await browser.GetAsync(new Uri(link + "&shop_id=" + ShopeeHarness.ShopVn));
        var callback = HttpUtility.ParseQueryString(consent.Headers.Location!.Query); // a redirect always has a Location
        var token = await node.Authorization.CompleteAsync(Marketplace.Shopee, callback["shop_id"]!, callback["code"]!);

        Assert.Equal("tenant-7", callback["state"]);
        Assert.Equal(token, await harness.Store.GetAsync(ShopeeHarness.Vn));
        Assert.Equal(harness.Host.Clock.GetUtcNow().AddHours(4), token.AccessExpiresAt, TimeSpan.FromSeconds(5));
        Assert.Empty(await node.Connector.ListItemsAsync(ShopeeHarness.Vn, new ItemQuery()).ToListAsync());
    }

    [Fact]
    public async Task RefreshDueAsync_TwoNodesConcurrently_OneRefreshCallAndBothWork()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var (first, second) = (harness.Node(), harness.Node());
        var shop = await harness.AuthorizeAsync(first, ShopeeHarness.ShopVn);
        var before = await harness.Store.GetAsync(shop);
        harness.Host.Clock.Advance(TimeSpan.FromHours(3.9));
        await harness.PutAsync("faults", new { latencyMs = 200 }); // keeps the two refreshes overlapping

        var summaries = await Task.WhenAll(first.Tokens.RefreshDueAsync(TimeSpan.FromMinutes(30)), second.Tokens.RefreshDueAsync(TimeSpan.FromMinutes(30)));
        await harness.PutAsync("faults", new { });

        Assert.Equal(1, first.Http.Calls(RefreshPath) + second.Http.Calls(RefreshPath));
        Assert.Equal(1, summaries.Sum(s => s.Refreshed));
        var refreshTokens = (await harness.GetAsync($"auth/tokens?shopId={shop.ShopId}")).EnumerateArray().Where(t => t.GetProperty("kind").GetString() == "refresh").ToList();
        Assert.Single(refreshTokens, t => t.GetProperty("used").GetBoolean());
        Assert.NotEqual(before!.AccessToken, (await harness.Store.GetAsync(shop))!.AccessToken);
        harness.Host.Clock.Advance(TimeSpan.FromMinutes(10)); // the old token's grace is over: only the new pair works
        Assert.Empty(await first.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Empty(await second.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal(1, first.Http.Calls(RefreshPath) + second.Http.Calls(RefreshPath));
    }

    [Fact]
    public async Task GetToken_GrantRevoked_ShopMarkedForReauthorizationAndNotRetried()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        await harness.PostAsync("auth/revoke", new { shopId = shop.ShopId });
        harness.Host.Clock.Advance(TimeSpan.FromHours(4.1));

        var first = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync().AsTask());
        var second = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Connector.GetOrderAsync(shop, "X"));

        Assert.True(first.ReauthorizationRequired);
        Assert.True(second.ReauthorizationRequired);
        Assert.Equal(AuthorizationState.ReauthorizationRequired, (await harness.Store.GetAsync(shop))!.State);
        Assert.Equal(1, node.Http.Calls(RefreshPath));
    }

    [Fact]
    public async Task CompleteAsync_AfterReauthorizationRequired_ShopActiveAgain()
    {
        await using var harness = await ShopeeHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);
        var stale = await harness.Store.GetAsync(shop);
        await harness.Store.SaveAsync(stale! with { State = AuthorizationState.ReauthorizationRequired });

        await harness.AuthorizeAsync(node, ShopeeHarness.ShopVn);

        Assert.Equal(AuthorizationState.Active, (await harness.Store.GetAsync(shop))!.State);
        Assert.Empty(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
    }
}
