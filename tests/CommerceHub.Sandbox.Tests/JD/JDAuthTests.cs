using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.JD;

public sealed class JDAuthTests
{
    private const string Search = "jingdong.pop.order.search";
    private static readonly object Business = new { order_state = "WAIT_SELLER_STOCK_OUT" };

    [Fact]
    public async Task AccessToken_CodeUsedTwice_SecondExchangeFails()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        var code = (await sandbox.AdminAsync(HttpMethod.Post, "/auth/code", new { shopId = JDSandbox.VenderA })).GetProperty("code").GetString()!;
        var form = new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code };

        var first = await sandbox.TokenAsync("/oauth2/access_token", form);
        var second = await sandbox.TokenAsync("/oauth2/access_token", form);

        Assert.Equal(0, first.GetProperty("code").GetInt32());
        Assert.Equal(30 * 86400, first.GetProperty("expires_in").GetInt64());
        Assert.Equal(402, second.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task AccessToken_AfterThirtyDays_ReturnsInvalidToken()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        await sandbox.AuthorizeAsync(JDSandbox.VenderA);
        sandbox.Host.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        Assert.Null((await sandbox.CallAsync(Search, Business)).ErrorCode);

        sandbox.Host.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal("19", (await sandbox.CallAsync(Search, Business)).ErrorCode);
    }

    [Fact]
    public async Task RefreshToken_Used_NewTokenWorksAndOldOneStops()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        var code = (await sandbox.AdminAsync(HttpMethod.Post, "/auth/code", new { shopId = JDSandbox.VenderA })).GetProperty("code").GetString()!;
        var first = await sandbox.TokenAsync("/oauth2/access_token", new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code });
        sandbox.Tokens[JDSandbox.VenderA] = first.GetProperty("access_token").GetString()!;

        var refreshed = await sandbox.TokenAsync("/oauth2/refresh_token", new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = first.GetProperty("refresh_token").GetString()!,
        });

        Assert.Equal("19", (await sandbox.CallAsync(Search, Business)).ErrorCode);
        sandbox.Tokens[JDSandbox.VenderA] = refreshed.GetProperty("access_token").GetString()!;
        Assert.Null((await sandbox.CallAsync(Search, Business)).ErrorCode);
    }
}
