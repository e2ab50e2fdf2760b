using System.Net;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Lazada;

public sealed class LazadaGateTests
{
    private const string Products = "/products/get";

    [Fact]
    public async Task SellerApi_SignedByIndependentSigner_IsAccepted()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);

        var result = await sandbox.Lazada.GetAsync(Products, LazadaSandbox.SellerVn, ("filter", "all"), ("limit", "10"));

        result.EnsureOk();
        Assert.Equal(0, result.Data.GetProperty("total_products").GetInt32());
    }

    [Fact]
    public async Task SellerApi_SignWithOneByteChanged_ReturnsIncompleteSignature()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        var query = sandbox.Lazada.Signed(Products, LazadaSandbox.SellerVn, [KeyValuePair.Create("filter", "all")]);
        query["sign"] = (query["sign"][0] == 'A' ? "B" : "A") + query["sign"][1..];

        var result = await sandbox.Lazada.SendAsync(HttpMethod.Get, LazadaTestClient.Url(Products, query), null);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("ISV", result.Type);
        Assert.Equal("IncompleteSignature", result.Code);
        Assert.False(string.IsNullOrEmpty(result.Json.GetProperty("request_id").GetString()));
    }

    [Fact]
    public async Task SellerApi_ParameterChangedAfterSigning_ReturnsIncompleteSignature()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        var query = sandbox.Lazada.Signed(Products, LazadaSandbox.SellerVn, [KeyValuePair.Create("filter", "all")]);
        query["filter"] = "live";

        var result = await sandbox.Lazada.SendAsync(HttpMethod.Get, LazadaTestClient.Url(Products, query), null);

        Assert.Equal("IncompleteSignature", result.Code);
    }

    [Fact]
    public async Task SellerApi_TimestampOlderThan7200Seconds_ReturnsInvalidTimestamp()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        var stale = sandbox.Host.Clock.GetUtcNow().ToUnixTimeMilliseconds() - 7_201_000;
        var fresh = sandbox.Host.Clock.GetUtcNow().ToUnixTimeMilliseconds() - 7_000_000;

        var refused = await sandbox.Lazada.SendAsync(HttpMethod.Get, LazadaTestClient.Url(Products, sandbox.Lazada.Signed(Products, LazadaSandbox.SellerVn, [], stale)), null);
        var accepted = await sandbox.Lazada.SendAsync(HttpMethod.Get, LazadaTestClient.Url(Products, sandbox.Lazada.Signed(Products, LazadaSandbox.SellerVn, [], fresh)), null);

        Assert.Equal("InvalidTimestamp", refused.Code);
        Assert.Equal("ISV", refused.Type);
        accepted.EnsureOk();
    }

    [Fact]
    public async Task SellerApi_IsoTimestamp_IsAccepted()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        var query = sandbox.Lazada.Signed(Products, LazadaSandbox.SellerVn, []);
        query["timestamp"] = sandbox.Host.Clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        query["sign"] = IndependentLazadaSigner.Sign(LazadaSandbox.AppSecret, Products, query);

        var result = await sandbox.Lazada.SendAsync(HttpMethod.Get, LazadaTestClient.Url(Products, query), null);

        result.EnsureOk();
    }

    [Fact]
    public async Task SellerApi_EverythingInFormBody_SignsFormFields()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        var all = sandbox.Lazada.Signed("/product/update", LazadaSandbox.SellerVn, [KeyValuePair.Create("payload", """{"Request":{"Product":{"ItemId":"1"}}}""")]);
        var tampered = new Dictionary<string, string>(all) { ["payload"] = """{"Request":{"Product":{"ItemId":"2"}}}""" };

        var result = await sandbox.Lazada.SendAsync(HttpMethod.Post, "/rest/product/update", new FormUrlEncodedContent(all));
        var refused = await sandbox.Lazada.SendAsync(HttpMethod.Post, "/rest/product/update", new FormUrlEncodedContent(tampered));

        // Past the gate: the handler answers that product 1 does not exist.
        Assert.Equal("207", result.Code);
        Assert.Equal("IncompleteSignature", refused.Code);
    }

    [Fact]
    public async Task SellerApi_WithoutAccessToken_ReturnsMissingParameter()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();

        var result = await sandbox.Lazada.SendAsync(HttpMethod.Get, LazadaTestClient.Url(Products, sandbox.Lazada.Signed(Products, null, [])), null);

        Assert.Equal("MissingParameter", result.Code);
        Assert.Contains("\"access_token\"", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SellerApi_TokenOfOtherApp_ReturnsIllegalAccessToken()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        var online = sandbox.Client(LazadaSandbox.OnlineAppKey, LazadaSandbox.OnlineAppSecret);
        await online.AuthorizeAsync(LazadaSandbox.SellerVn);

        var result = await sandbox.Lazada.SendAsync(HttpMethod.Get, LazadaTestClient.Url(Products, sandbox.Lazada.Signed(Products, null, [], accessToken: online.Tokens[LazadaSandbox.SellerVn].Access)), null);

        Assert.Equal("IllegalAccessToken", result.Code);
        Assert.Equal("The specified access token is invalid or expired", result.Message);
    }
}
