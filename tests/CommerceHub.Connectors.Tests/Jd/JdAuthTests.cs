using CommerceHub.Connectors.Abstractions;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Jd;

public sealed class JdAuthTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task AuthorizationLink_HasAppKeyRedirectAndState()
    {
        await using var harness = await JdHarness.StartAsync(redis);

        var link = harness.Node().Authorization.BuildAuthorizationUrl(Marketplace.JD, new Uri("https://hub.example/jd/callback"), state: "tenant-7");

        Assert.Contains("app_key=" + JdHarness.AppKey, link.Query, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=https%3A%2F%2Fhub.example%2Fjd%2Fcallback", link.Query, StringComparison.Ordinal);
        Assert.Contains("state=tenant-7", link.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_Code_StoresThirtyDayTokenThatWorks()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var node = harness.Node();

        var shop = await harness.AuthorizeAsync(node);

        var token = (await harness.Store.GetAsync(shop))!;
        Assert.Equal(harness.Host.Clock.GetUtcNow().AddDays(30), token.AccessExpiresAt, TimeSpan.FromSeconds(5));
        Assert.Empty(await node.Connector.ListItemsAsync(shop, new ItemQuery()).ToListAsync());
    }

    [Fact]
    public async Task CompleteAsync_CodeOfAnotherVender_RefusedAndNothingStored()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var node = harness.Node();
        var code = (await harness.PostAsync("auth/code", new { shopId = JdHarness.VenderB, appId = JdHarness.AppKey })).GetProperty("code").GetString()!;

        var error = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Authorization.CompleteAsync(Marketplace.JD, JdHarness.VenderA, code));

        Assert.True(error.ReauthorizationRequired);
        Assert.Null(await harness.Store.GetAsync(JdHarness.A));
    }

    [Fact]
    public async Task CompleteAsync_UsedCode_GrantRefused()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var node = harness.Node();
        var code = (await harness.PostAsync("auth/code", new { shopId = JdHarness.VenderA, appId = JdHarness.AppKey })).GetProperty("code").GetString()!;
        await node.Authorization.CompleteAsync(Marketplace.JD, JdHarness.VenderA, code);

        var error = await Assert.ThrowsAsync<MarketplaceAuthException>(() => node.Authorization.CompleteAsync(Marketplace.JD, JdHarness.VenderA, code));

        Assert.Equal((AuthFailure.Grant, "402"), (error.Failure, error.PlatformCode));
    }

    [Fact]
    public async Task Call_WrongAppSecret_CredentialsFailureFromHttp200BodyNotRetried()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var shop = await harness.AuthorizeAsync(harness.Node());
        var misconfigured = harness.Node(new Dictionary<string, string?> { ["Connectors:JD:AppSecret"] = "not-the-app-secret" });

        var error = await Assert.ThrowsAsync<MarketplaceAuthException>(() => misconfigured.Connector.GetOrderAsync(shop, "1"));

        Assert.Equal((AuthFailure.Credentials, "14", 200), (error.Failure, error.PlatformCode, error.HttpStatus));
        Assert.Contains("签名无效", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, misconfigured.Http.Calls(JdHarness.Calls("jingdong.pop.order.get")));
    }
}
