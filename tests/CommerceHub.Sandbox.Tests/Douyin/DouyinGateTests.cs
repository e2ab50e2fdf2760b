using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Douyin;

public sealed class DouyinGateTests
{
    private const string Search = "order.searchList";

    private static object SearchParams(DouyinSandbox sandbox) => new { page = 0, size = 20, create_time_start = long.Parse(sandbox.Now(TimeSpan.FromDays(-1)), System.Globalization.CultureInfo.InvariantCulture) };

    [Theory]
    [InlineData("md5")]
    [InlineData("hmac-sha256")]
    public async Task Call_SignedByIndependentSigner_IsAccepted(string signMethod)
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);

        var result = await sandbox.CallAsync(Search, SearchParams(sandbox), signMethod: signMethod);

        Assert.Equal(0, result.Data.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Call_SignWithOneByteChanged_ReturnsSignatureInvalid()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        var json = IndependentDouyinSigner.SortedJson(System.Text.Json.JsonSerializer.SerializeToNode(SearchParams(sandbox)));
        var query = sandbox.Query(Search, json, DouyinSandbox.ShopA);
        query["sign"] = (query["sign"][0] == 'a' ? "b" : "a") + query["sign"][1..];

        var result = await sandbox.SendAsync(Search, query, json);

        Assert.Equal((200, 40003, "isv.signature-invalid"), (result.HttpStatus, result.Code, result.SubCode));
        Assert.Equal("签名校验失败", result.Json.GetProperty("sub_msg").GetString());
    }

    [Fact]
    public async Task Call_BodyChangedAfterSigning_ReturnsSignatureInvalid()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        const string json = "{\"page\":0,\"size\":20}";
        var query = sandbox.Query(Search, json, DouyinSandbox.ShopA);

        var result = await sandbox.SendAsync(Search, query, "{\"page\":0,\"size\":21}");

        Assert.Equal("isv.signature-invalid", result.SubCode);
    }

    [Fact]
    public async Task Call_UnsortedJsonSignedAsSent_IsRefusedBecauseThePlatformSignsTheSortedForm()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        const string unsorted = "{\"size\":20,\"page\":0}";

        var refused = await sandbox.SendAsync(Search, sandbox.Query(Search, unsorted, DouyinSandbox.ShopA), unsorted);
        var accepted = await sandbox.SendAsync(Search, sandbox.Query(Search, "{\"page\":0,\"size\":20}", DouyinSandbox.ShopA), unsorted);

        Assert.Equal("isv.signature-invalid", refused.SubCode);
        Assert.Equal(40002, accepted.Code); // past the gate: the missing time range is a business error
    }

    [Fact]
    public async Task Call_TimestampElevenMinutesOld_ReturnsTimestampInvalidButNineMinutesPasses()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        const string json = "{\"page\":0}";

        var stale = await sandbox.SendAsync(Search, sandbox.Query(Search, json, DouyinSandbox.ShopA, timestamp: sandbox.Now(TimeSpan.FromMinutes(-11))), json);
        var recent = await sandbox.SendAsync(Search, sandbox.Query(Search, json, DouyinSandbox.ShopA, timestamp: sandbox.Now(TimeSpan.FromMinutes(-9))), json);
        var garbage = await sandbox.SendAsync(Search, sandbox.Query(Search, json, DouyinSandbox.ShopA, timestamp: "yesterday"), json);

        Assert.Equal((40003, "isv.timestamp-invalid"), (stale.Code, stale.SubCode));
        Assert.NotEqual(40003, recent.Code);
        Assert.Equal("isv.timestamp-format-error", garbage.SubCode);
    }

    [Fact]
    public async Task Call_MissingSignUnknownAppOrUnknownMethod_ReturnsTheirOwnCodes()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        const string json = "{}";
        var noSign = sandbox.Query(Search, json, DouyinSandbox.ShopA);
        noSign.Remove("sign");
        var otherApp = sandbox.Query(Search, json, DouyinSandbox.ShopA);
        otherApp["app_key"] = "7000000000000000999";
        var noToken = sandbox.Query(Search, json, null);

        Assert.Equal((40001, "isv.signature-missing"), Pair(await sandbox.SendAsync(Search, noSign, json)));
        Assert.Equal((40003, "isv.app-id-invalid"), Pair(await sandbox.SendAsync(Search, otherApp, json)));
        Assert.Equal((40001, "isv.access-token-missing"), Pair(await sandbox.SendAsync(Search, noToken, json)));
        Assert.Equal((70000, "isp.api-service-off"), Pair(await sandbox.SendAsync("order.noSuchMethod", sandbox.Query("order.noSuchMethod", json, DouyinSandbox.ShopA), json)));
    }

    [Fact]
    public async Task Call_InvalidJsonBody_ReturnsParameterFormatInvalid()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);

        var result = await sandbox.SendAsync(Search, sandbox.Query(Search, "{", DouyinSandbox.ShopA), "{");

        Assert.Equal((40003, "isv.parameter-format-invalid"), Pair(result));
    }

    private static (int, string) Pair(DouyinResponse response) => (response.Code, response.SubCode);
}
