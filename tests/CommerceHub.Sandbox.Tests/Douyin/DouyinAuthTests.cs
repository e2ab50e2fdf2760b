using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Douyin;

public sealed class DouyinAuthTests
{
    private static readonly object Detail = new { shop_order_id = "1" };

    [Fact]
    public async Task TokenCreate_CodeUsedTwice_SecondIsRefusedWithCodeInvalid()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        var code = (await sandbox.AdminAsync(HttpMethod.Post, "/auth/code", new { shopId = DouyinSandbox.ShopA })).GetProperty("code").GetString()!;

        var first = await sandbox.CallAsync("token.create", new { code, grant_type = "authorization_code" }, shopId: null);
        var second = await sandbox.CallAsync("token.create", new { code, grant_type = "authorization_code" }, shopId: null);

        Assert.Equal(7 * 24 * 3600, first.Data.GetProperty("expires_in").GetInt64());
        Assert.Equal("抖店测试店A", first.Data.GetProperty("shop_name").GetString());
        Assert.Equal((50001, "dop.token-generate-failed:code-invalid"), (second.Code, second.SubCode));
    }

    [Fact]
    public async Task AccessToken_AfterSevenDays_ReturnsExpiredAndRefreshGivesWorkingPair()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        sandbox.Host.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));

        var expired = await sandbox.CallAsync("order.orderDetail", Detail);
        var refresh = await sandbox.CallAsync("token.refresh", new { refresh_token = sandbox.RefreshTokens[DouyinSandbox.ShopA], grant_type = "refresh_token" }, shopId: null);
        sandbox.Tokens[DouyinSandbox.ShopA] = refresh.Data.GetProperty("access_token").GetString()!;
        var after = await sandbox.CallAsync("order.orderDetail", Detail);

        Assert.Equal((40003, "isv.access-token-expired"), (expired.Code, expired.SubCode));
        Assert.Equal((50002, "订单不存在"), (after.Code, after.Json.GetProperty("sub_msg").GetString()));
    }

    [Fact]
    public async Task Refresh_OldAccessTokenWorksOneHourAndRefreshTokenIsSingleUse()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        var old = await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        var refreshToken = sandbox.RefreshTokens[DouyinSandbox.ShopA];
        var body = new { refresh_token = refreshToken, grant_type = "refresh_token" };

        Assert.Equal(10000, (await sandbox.CallAsync("token.refresh", body, shopId: null)).Code);
        var reused = await sandbox.CallAsync("token.refresh", body, shopId: null);
        sandbox.Host.Clock.Advance(TimeSpan.FromMinutes(59));
        var withinGrace = await sandbox.CallAsync("order.orderDetail", Detail);
        sandbox.Host.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterGrace = await sandbox.CallAsync("order.orderDetail", Detail);

        Assert.Equal(old, sandbox.Tokens[DouyinSandbox.ShopA]);
        Assert.Equal((50001, "dop.token-generate-failed:token-invalid"), (reused.Code, reused.SubCode));
        Assert.Equal(50002, withinGrace.Code);
        Assert.Equal("isv.access-token-expired", afterGrace.SubCode);
    }

    [Fact]
    public async Task RevokedGrant_ReturnsAuthorizationNoExisted()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        await sandbox.AdminAsync(HttpMethod.Post, "/auth/revoke", new { shopId = DouyinSandbox.ShopA });

        var result = await sandbox.CallAsync("order.orderDetail", Detail);

        Assert.Equal((30001, "dop.authorization-no-existed"), (result.Code, result.SubCode));
    }

    [Fact]
    public async Task TokenCreate_WrongGrantType_ReturnsGrantTypeInvalid()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();

        var result = await sandbox.CallAsync("token.create", new { code = "x", grant_type = "authorization_self" }, shopId: null);

        Assert.Equal("dop.token-generate-failed:grant-type-invalid", result.SubCode);
    }
}
