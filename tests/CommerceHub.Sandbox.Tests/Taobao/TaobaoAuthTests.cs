using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Taobao;

public sealed class TaobaoAuthTests
{
    private const string Sold = "taobao.trades.sold.get";
    private static readonly Dictionary<string, string> Business = new() { ["fields"] = "tid" };

    [Fact]
    public async Task Token_CodeExchange_ReturnsSessionWithNickAndRefusesReuse()
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        var code = (await sandbox.AdminAsync(HttpMethod.Post, "/auth/code", new { shopId = TaobaoSandbox.SellerA })).GetProperty("code").GetString()!;
        var form = new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code };

        var (status, token) = await sandbox.TokenAsync(form);
        var (againStatus, again) = await sandbox.TokenAsync(form);

        Assert.Equal(200, status);
        Assert.Equal(86400, token.GetProperty("expires_in").GetInt64());
        Assert.Equal("测试旗舰店", Uri.UnescapeDataString(token.GetProperty("taobao_user_nick").GetString()!));
        Assert.Equal(400, againStatus);
        Assert.Equal("invalid_grant", again.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Session_AfterOneDay_ReturnsInvalidSession()
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        await sandbox.AuthorizeAsync(TaobaoSandbox.SellerA);
        sandbox.Host.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Null((await sandbox.CallAsync(Sold, Business)).ErrorCode);

        sandbox.Host.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(27, (await sandbox.CallAsync(Sold, Business)).ErrorCode);
    }

    [Fact]
    public async Task Refresh_Used_NewSessionWorksOldStopsAndReuseFails()
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        var first = await sandbox.AuthorizeAsync(TaobaoSandbox.SellerA);
        var form = new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = first.GetProperty("refresh_token").GetString()! };

        var (_, refreshed) = await sandbox.TokenAsync(form);
        var (reuseStatus, _) = await sandbox.TokenAsync(form);

        Assert.Equal(400, reuseStatus);
        Assert.Equal(27, (await sandbox.CallAsync(Sold, Business)).ErrorCode);
        sandbox.Sessions[TaobaoSandbox.SellerA] = refreshed.GetProperty("access_token").GetString()!;
        Assert.Null((await sandbox.CallAsync(Sold, Business)).ErrorCode);
    }
}
