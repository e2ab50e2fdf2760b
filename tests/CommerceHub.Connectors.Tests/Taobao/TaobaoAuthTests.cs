using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Taobao;

public sealed class TaobaoAuthTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task AuthorizationLink_HasClientIdRedirectAndState()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);

        var link = harness.Node().Authorization.BuildAuthorizationUrl(Marketplace.Taobao, new Uri("https://hub.example/taobao/callback"), state: "tenant-7");

        Assert.Contains("response_type=code", link.Query, StringComparison.Ordinal);
        Assert.Contains("client_id=" + TaobaoHarness.AppKey, link.Query, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=https%3A%2F%2Fhub.example%2Ftaobao%2Fcallback", link.Query, StringComparison.Ordinal);
        Assert.Contains("state=tenant-7", link.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_Code_StoresOneDaySessionThatWorks()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node();

        var shop = await harness.AuthorizeAsync(node);

        var token = (await harness.Store.GetAsync(shop))!;
        Assert.Equal(harness.Host.Clock.GetUtcNow().AddDays(1), token.AccessExpiresAt, TimeSpan.FromSeconds(5));
        Assert.Equal(harness.Host.Clock.GetUtcNow().AddDays(30), token.RefreshExpiresAt!.Value, TimeSpan.FromSeconds(5));
        Assert.Empty(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
    }

    [Fact]
    public async Task CompleteAsync_CodeOfAnotherSeller_RefusedAndNothingStored()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node();
        var code = (await harness.PostAsync("auth/code", new { shopId = TaobaoHarness.SellerB, appId = TaobaoHarness.AppKey })).GetProperty("code").GetString()!;

        var error = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Authorization.CompleteAsync(Marketplace.Taobao, TaobaoHarness.SellerA, code));

        Assert.True(error.ReauthorizationRequired);
        Assert.Null(await harness.Store.GetAsync(TaobaoHarness.A));
    }

    [Fact]
    public async Task GetToken_RefreshRefused_ShopMarkedForReauthorization()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var node = harness.Node();
        var shop = await harness.AuthorizeAsync(node);
        await harness.PostAsync("auth/revoke", new { shopId = shop.ShopId, appId = TaobaoHarness.AppKey });
        harness.Host.Clock.Advance(TimeSpan.FromDays(1.1));

        var error = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Connector.GetOrderAsync(shop, "1"));

        Assert.True(error.ReauthorizationRequired);
        Assert.Equal(AuthorizationState.ReauthorizationRequired, (await harness.Store.GetAsync(shop))!.State);
    }

    [Fact]
    public async Task Call_WrongAppSecret_CredentialsFailureFromHttp200BodyNotRetried()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var shop = await harness.AuthorizeAsync(harness.Node());
        var misconfigured = harness.Node(new Dictionary<string, string?> { ["Connectors:Taobao:AppSecret"] = "not-the-app-secret" });

        var error = await Assert.ThrowsAsync<MarketplaceAuthException>(() => misconfigured.Connector.GetOrderAsync(shop, "1"));

        Assert.Equal((AuthFailure.Credentials, "25", 200), (error.Failure, error.PlatformCode, error.HttpStatus));
        Assert.Equal(1, misconfigured.Http.Calls(TaobaoHarness.Calls("taobao.trade.fullinfo.get")));
    }
}
