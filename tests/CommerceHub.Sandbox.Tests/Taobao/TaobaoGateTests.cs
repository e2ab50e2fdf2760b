using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Taobao;

public sealed class TaobaoGateTests
{
    private const string Sold = "taobao.trades.sold.get";
    private static readonly Dictionary<string, string> Business = new() { ["fields"] = "tid,status" };

    [Theory]
    [InlineData("md5")]
    [InlineData("hmac")]
    [InlineData("hmac-sha256")]
    public async Task Router_SignedIndependently_IsAcceptedForEverySignMethod(string signMethod)
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        await sandbox.AuthorizeAsync(TaobaoSandbox.SellerA);

        var result = await sandbox.SendAsync(TaobaoSandbox.Signed(sandbox.Parameters(Sold, Business, signMethod: signMethod)));

        Assert.Equal(0, result.Body(Sold).GetProperty("total_results").GetInt32());
    }

    [Fact]
    public async Task Router_OneByteChangedAfterSigning_ReturnsCode25()
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        await sandbox.AuthorizeAsync(TaobaoSandbox.SellerA);
        var parameters = TaobaoSandbox.Signed(sandbox.Parameters(Sold, Business));
        parameters["fields"] = "tid,statuS";

        var result = await sandbox.SendAsync(parameters);

        Assert.Equal(200, result.HttpStatus);
        Assert.Equal(25, result.ErrorCode);
        Assert.Equal("Invalid signature", result.Json.GetProperty("error_response").GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Router_StaleTimestamp_ReturnsInvalidTimestampButNineMinutesPasses()
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        await sandbox.AuthorizeAsync(TaobaoSandbox.SellerA);

        var stale = await sandbox.SendAsync(TaobaoSandbox.Signed(sandbox.Parameters(Sold, Business, timestamp: sandbox.Time(TimeSpan.FromMinutes(-11)))));
        var recent = await sandbox.SendAsync(TaobaoSandbox.Signed(sandbox.Parameters(Sold, Business, timestamp: sandbox.Time(TimeSpan.FromMinutes(-9)))));

        Assert.Equal(31, stale.ErrorCode);
        Assert.Null(recent.ErrorCode);
    }

    [Fact]
    public async Task Router_UnknownSessionOrXmlFormat_ReturnsCode27And23()
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        await sandbox.AuthorizeAsync(TaobaoSandbox.SellerA);
        var badSession = sandbox.Parameters(Sold, Business);
        badSession["session"] = "6100000000000000000000000000000000000000";
        var xml = sandbox.Parameters(Sold, Business);
        xml["format"] = "xml";

        var session = await sandbox.SendAsync(TaobaoSandbox.Signed(badSession));
        var format = await sandbox.SendAsync(TaobaoSandbox.Signed(xml));

        Assert.Equal(27, session.ErrorCode);
        Assert.Equal("invalid-sessionkey", session.SubCode);
        Assert.Equal(23, format.ErrorCode);
    }
}
