using System.Web;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Lazada;

public sealed class LazadaAuthTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string RefreshPath = "/rest/auth/token/refresh";

    [Fact]
    public async Task AuthorizationLink_SellerConsents_CallbackStoresWorkingToken()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var link = node.Authorization.BuildAuthorizationUrl(Marketplace.Lazada, new Uri("https://hub.example/lazada/callback"), state: "tenant-7");

        // The sandbox's consent page skips the click when seller_id is given and redirects like Lazada does.
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var consent = await browser.GetAsync(new Uri(link + "&seller_id=" + LazadaHarness.SellerVn));
        var callback = HttpUtility.ParseQueryString(consent.Headers.Location!.Query); // a redirect always has a Location
        var token = await node.Authorization.CompleteAsync(Marketplace.Lazada, LazadaHarness.SellerVn, callback["code"]!);

        Assert.Equal("tenant-7", callback["state"]);
        Assert.Equal(token, await harness.Store.GetAsync(LazadaHarness.Vn));
        Assert.Equal(harness.Host.Clock.GetUtcNow().AddDays(7), token.AccessExpiresAt, TimeSpan.FromSeconds(5));
        Assert.Equal(harness.Host.Clock.GetUtcNow().AddDays(14), token.RefreshExpiresAt!.Value, TimeSpan.FromSeconds(5));
        Assert.Empty(await node.Connector.ListItemsAsync(LazadaHarness.Vn, new ItemQuery()).ToListAsync());
    }

    [Fact]
    public async Task CompleteAsync_CodeOfAnotherSeller_RefusedAndNothingStored()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var code = (await harness.PostAsync("auth/code", new { shopId = LazadaHarness.SellerTh, appId = LazadaHarness.AppKey })).GetProperty("code").GetString()!;

        var error = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Authorization.CompleteAsync(Marketplace.Lazada, LazadaHarness.SellerVn, code));

        Assert.True(error.ReauthorizationRequired);
        Assert.Null(await harness.Store.GetAsync(LazadaHarness.Vn));
    }

    [Fact]
    public async Task RefreshDueAsync_TwoNodesConcurrently_OneRefreshCallAndBothWork()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var (first, second) = (harness.Node(), harness.Node());
        var shop = await harness.AuthorizeAsync(first, LazadaHarness.SellerVn);
        var before = await harness.Store.GetAsync(shop);
        harness.Host.Clock.Advance(TimeSpan.FromDays(6.9));
        await harness.PutAsync("faults", new { latencyMs = 200 }); // keeps the two refreshes overlapping

        var summaries = await Task.WhenAll(first.Tokens.RefreshDueAsync(TimeSpan.FromDays(1)), second.Tokens.RefreshDueAsync(TimeSpan.FromDays(1)));
        await harness.PutAsync("faults", new { });

        Assert.Equal(1, first.Http.Calls(RefreshPath) + second.Http.Calls(RefreshPath));
        Assert.Equal(1, summaries.Sum(s => s.Refreshed));
        Assert.NotEqual(before!.AccessToken, (await harness.Store.GetAsync(shop))!.AccessToken);
        harness.Host.Clock.Advance(TimeSpan.FromDays(1)); // the old access token has expired: only the new pair works
        Assert.Empty(await first.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Empty(await second.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
        Assert.Equal(1, first.Http.Calls(RefreshPath) + second.Http.Calls(RefreshPath));
    }

    [Fact]
    public async Task GetToken_RefreshRefused_ShopMarkedForReauthorizationAndNotRetried()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        await harness.PostAsync("auth/revoke", new { shopId = shop.ShopId, appId = LazadaHarness.AppKey });
        harness.Host.Clock.Advance(TimeSpan.FromDays(7.1));

        var first = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync().AsTask());
        var second = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Connector.GetOrderAsync(shop, "1"));

        Assert.True(first.ReauthorizationRequired);
        Assert.True(second.ReauthorizationRequired);
        Assert.Equal(AuthorizationState.ReauthorizationRequired, (await harness.Store.GetAsync(shop))!.State);
        Assert.Equal(1, node.Http.Calls(RefreshPath));
    }

    [Fact]
    public async Task CompleteAsync_AfterReauthorizationRequired_ShopActiveAgain()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);
        await harness.Store.SaveAsync((await harness.Store.GetAsync(shop))! with { State = AuthorizationState.ReauthorizationRequired });

        await harness.AuthorizeAsync(node, LazadaHarness.SellerVn);

        Assert.Equal(AuthorizationState.Active, (await harness.Store.GetAsync(shop))!.State);
        Assert.Empty(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
    }

    [Fact]
    public async Task Call_WrongAppSecret_CredentialsFailureFromHttp200BodyNotRetried()
    {
        await using var harness = await LazadaHarness.StartAsync(redis);
        var shop = await harness.AuthorizeAsync(harness.Node(), LazadaHarness.SellerVn);
        var misconfigured = harness.Node(new Dictionary<string, string?> { ["Connectors:Lazada:AppSecret"] = "not-the-app-secret" });

        var error = await Assert.ThrowsAsync<MarketplaceAuthException>(() => misconfigured.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync().AsTask());

        Assert.Equal((AuthFailure.Credentials, "IncompleteSignature", 200), (error.Failure, error.PlatformCode, error.HttpStatus));
        Assert.Equal(1, misconfigured.Http.Calls("/rest/products/get"));
        Assert.Equal(0, misconfigured.Http.Calls(RefreshPath));
    }
}
