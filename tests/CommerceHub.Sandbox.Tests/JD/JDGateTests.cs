using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.JD;

public sealed class JDGateTests
{
    private const string Search = "jingdong.pop.order.search";
    private static readonly object Business = new { order_state = "WAIT_SELLER_STOCK_OUT", page = "1", page_size = "20" };

    [Fact]
    public async Task Router_SignedByIndependentSigner_IsAccepted()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        await sandbox.AuthorizeAsync(JDSandbox.VenderA);

        var result = await sandbox.CallAsync(Search, Business);

        Assert.Equal(0, result.Body(Search).GetProperty("searchorderinfo_result").GetProperty("orderTotal").GetInt32());
    }

    [Fact]
    public async Task Router_SignWithOneByteChanged_ReturnsInvalidSignature()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        await sandbox.AuthorizeAsync(JDSandbox.VenderA);
        var parameters = JDSandbox.Signed(sandbox.Parameters(Search, Business, JDSandbox.VenderA));
        parameters["sign"] = (parameters["sign"][0] == 'A' ? "B" : "A") + parameters["sign"][1..];

        var result = await sandbox.SendAsync(parameters);

        Assert.Equal(200, result.HttpStatus);
        Assert.Equal("14", result.ErrorCode);
        Assert.False(string.IsNullOrEmpty(result.Json.GetProperty("error_response").GetProperty("zh_desc").GetString()));
    }

    [Fact]
    public async Task Router_BusinessJsonChangedAfterSigning_ReturnsInvalidSignature()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        await sandbox.AuthorizeAsync(JDSandbox.VenderA);
        var parameters = JDSandbox.Signed(sandbox.Parameters(Search, Business, JDSandbox.VenderA));
        parameters["360buy_param_json"] = parameters["360buy_param_json"].Replace("\"1\"", "\"2\"", StringComparison.Ordinal);

        Assert.Equal("14", (await sandbox.SendAsync(parameters)).ErrorCode);
    }

    [Fact]
    public async Task Router_TimestampSevenMinutesOld_ReturnsTimestampErrorButFiveMinutesPasses()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        await sandbox.AuthorizeAsync(JDSandbox.VenderA);

        var stale = await sandbox.SendAsync(JDSandbox.Signed(sandbox.Parameters(Search, Business, JDSandbox.VenderA, sandbox.Now(TimeSpan.FromMinutes(-7)))));
        var recent = await sandbox.SendAsync(JDSandbox.Signed(sandbox.Parameters(Search, Business, JDSandbox.VenderA, sandbox.Now(TimeSpan.FromMinutes(-5)))));

        Assert.Equal("11", stale.ErrorCode);
        Assert.Null(recent.ErrorCode);
    }

    [Fact]
    public async Task Router_FormatAndSignMethodSentUnsigned_AreLeftOutOfTheSign()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        await sandbox.AuthorizeAsync(JDSandbox.VenderA);
        var parameters = JDSandbox.Signed(sandbox.Parameters(Search, Business, JDSandbox.VenderA));
        parameters["format"] = "json";
        parameters["sign_method"] = "md5";

        Assert.Null((await sandbox.SendAsync(parameters)).ErrorCode);
    }

    [Fact]
    public async Task Router_UnknownMethodOrForeignToken_ReturnsGatewayErrors()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        await sandbox.AuthorizeAsync(JDSandbox.VenderA);
        var unknown = await sandbox.CallAsync("jingdong.no.such.method", Business);
        var parameters = sandbox.Parameters(Search, Business, JDSandbox.VenderA);
        parameters["access_token"] = "0123456789abcdef0123456789abcdef";

        var badToken = await sandbox.SendAsync(JDSandbox.Signed(parameters));

        Assert.Equal("16", unknown.ErrorCode);
        Assert.Equal("19", badToken.ErrorCode);
    }
}
