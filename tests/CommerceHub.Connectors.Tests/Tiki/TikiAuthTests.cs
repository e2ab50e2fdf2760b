using System.Web;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Tiki;

public sealed class TikiAuthTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string TokenPath = "/sc/oauth2/token";

    [Fact]
    public async Task AuthorizationLink_SellerConsents_CallbackStoresWorkingToken()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var link = node.Authorization.BuildAuthorizationUrl(Marketplace.Tiki, new Uri("https://hub.example/tiki/callback"), state: "tenant-7");

        // The sandbox's consent page skips the click when shop_id is given and redirects with code and state.
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var consent = await browser.GetAsync(new Uri(link + "&shop_id=" + TikiHarness.SellerA));
        var callback = HttpUtility.ParseQueryString(consent.Headers.Location!.Query); // a redirect always has a Location
        var token = await node.Authorization.CompleteAsync(Marketplace.Tiki, TikiHarness.SellerA, callback["code"]!);

        Assert.Equal("tenant-7", callback["state"]);
        Assert.Equal(token, await harness.Store.GetAsync(TikiHarness.A));
        Assert.Equal(harness.Host.Clock.GetUtcNow().AddHours(1), token.AccessExpiresAt, TimeSpan.FromSeconds(5));
        Assert.Empty(await node.Connector.ListItemsAsync(TikiHarness.A, new ItemQuery()).ToListAsync());
    }

    [Fact]
    public async Task CompleteAsync_CodeUsedTwice_GrantRefused()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var code = (await harness.PostAsync("auth/code", new { shopId = TikiHarness.SellerA })).GetProperty("code").GetString()!;
        await node.Authorization.CompleteAsync(Marketplace.Tiki, TikiHarness.SellerA, code);

        var error = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Authorization.CompleteAsync(Marketplace.Tiki, TikiHarness.SellerA, code));

        Assert.True(error.ReauthorizationRequired);
        Assert.Equal("invalid_grant", error.PlatformCode);
        Assert.Equal(2, node.Http.Calls(TokenPath));
    }

    [Fact]
    public async Task ListOrdersAsync_TokenExpiresBetweenPages_RefreshedOnceAndSyncCompletes()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        var products = await harness.SeedProductsAsync(node, shop, "EXP", 0, stock: 500);
        await harness.PostAsync("scenarios/orders", new { shopId = shop.ShopId, count = 101, itemId = products[0].ExternalVariantId, advanceTo = "queueing" });
        var now = harness.Host.Clock.GetUtcNow();
        var before = (await harness.Store.GetAsync(shop))!;
        // The store still believes the token is fresh, so only the platform's 401 can trigger the refresh.
        await harness.Store.SaveAsync(before with { AccessExpiresAt = before.AccessExpiresAt.AddDays(1) });
        var tokenCalls = node.Http.Calls(TokenPath);
        var orders = new List<MarketplaceOrder>();

        await foreach (var order in node.Connector.ListOrdersAsync(shop, new OrderQuery(now.AddHours(-1), now)))
        {
            if (orders.Count == 0)
            {
                harness.Host.Clock.Advance(TimeSpan.FromMinutes(61)); // page 1 is read; page 2 goes out with an expired token
            }

            orders.Add(order);
        }

        Assert.Equal(101, orders.Select(o => o.ExternalOrderId).Distinct().Count());
        Assert.Equal(tokenCalls + 1, node.Http.Calls(TokenPath));
        Assert.Equal(1, node.Http.Status(System.Net.HttpStatusCode.Unauthorized));
        var after = (await harness.Store.GetAsync(shop))!;
        Assert.NotEqual(before.RefreshToken, after.RefreshToken);
    }

    [Fact]
    public async Task RefreshDueAsync_TwoNodesConcurrently_OneRefreshAndBothWork()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var (first, second) = (harness.Node(), harness.Node());
        var shop = await harness.AuthorizeAsync(first, TikiHarness.SellerA);
        var tokenCalls = first.Http.Calls(TokenPath);
        harness.Host.Clock.Advance(TimeSpan.FromMinutes(50));
        await harness.PutAsync("faults", new { latencyMs = 200 }); // keeps the two refreshes overlapping

        var summaries = await Task.WhenAll(first.Tokens.RefreshDueAsync(TimeSpan.FromMinutes(15)), second.Tokens.RefreshDueAsync(TimeSpan.FromMinutes(15)));
        await harness.PutAsync("faults", new { });

        Assert.Equal(1, summaries.Sum(s => s.Refreshed));
        Assert.Equal(tokenCalls + 1, first.Http.Calls(TokenPath) + second.Http.Calls(TokenPath));
        Assert.Empty(await first.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Empty(await second.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
    }

    [Fact]
    public async Task GetToken_RefreshRefused_ShopMarkedForReauthorizationAndNotRetried()
    {
        await using var harness = await TikiHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, TikiHarness.SellerA);
        await harness.PostAsync("auth/revoke", new { shopId = shop.ShopId });
        harness.Host.Clock.Advance(TimeSpan.FromMinutes(61));
        var tokenCalls = node.Http.Calls(TokenPath);

        var first = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync().AsTask());
        var second = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Connector.GetOrderAsync(shop, "100000001"));

        Assert.True(first.ReauthorizationRequired);
        Assert.True(second.ReauthorizationRequired);
        Assert.Equal(AuthorizationState.ReauthorizationRequired, (await harness.Store.GetAsync(shop))!.State);
        Assert.Equal(tokenCalls + 1, node.Http.Calls(TokenPath));
    }
}
