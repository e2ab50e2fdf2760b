using System.Net;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Shopee;

public sealed class ShopeeGateTests
{
    private const string ItemList = "/api/v2/product/get_item_list";

    [Fact]
    public async Task ShopApi_SignedByIndependentSigner_IsAccepted()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);

        var result = await sandbox.Shopee.GetAsync(ItemList, ShopeeSandbox.ShopVn, "offset=0&page_size=10");

        result.EnsureOk();
        Assert.Equal(0, result.Response.GetProperty("total_count").GetInt32());
    }

    [Fact]
    public async Task ShopApi_SignWithOneByteChanged_ReturnsWrongSign()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var url = sandbox.Shopee.ShopUrl(ItemList, ShopeeSandbox.ShopVn, "page_size=10");
        var signAt = url.IndexOf("&sign=", StringComparison.Ordinal) + 6;
        var tampered = url[..signAt] + (url[signAt] == 'a' ? 'b' : 'a') + url[(signAt + 1)..];

        var result = await sandbox.Shopee.SendAsync(HttpMethod.Get, tampered, null);

        Assert.Equal(HttpStatusCode.Forbidden, result.Status);
        Assert.Equal("error_sign", result.Error);
        Assert.Equal("Wrong sign.", result.Message);
        Assert.True(result.Json.GetProperty("request_id").GetString()!.Length > 0);
    }

    [Fact]
    public async Task ShopApi_ParameterChangedAfterSigning_ReturnsWrongSign()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var url = sandbox.Shopee.ShopUrl(ItemList, ShopeeSandbox.ShopVn, "page_size=10");
        var timestamp = sandbox.Host.Clock.UnixSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var shifted = (sandbox.Host.Clock.UnixSeconds - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var result = await sandbox.Shopee.SendAsync(HttpMethod.Get, url.Replace($"timestamp={timestamp}", $"timestamp={shifted}", StringComparison.Ordinal), null);

        Assert.Equal("error_sign", result.Error);
    }

    [Fact]
    public async Task ShopApi_TimestampOlderThanFiveMinutes_ReturnsTimestampExpired()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var url = sandbox.Shopee.ShopUrl(ItemList, ShopeeSandbox.ShopVn, "page_size=10", timestamp: sandbox.Host.Clock.UnixSeconds - 301);

        var result = await sandbox.Shopee.SendAsync(HttpMethod.Get, url, null);

        Assert.Equal("error_param", result.Error);
        Assert.Equal("Timestamp is expired", result.Message);
    }

    [Fact]
    public async Task ShopApi_SignedThenClockMovesSixMinutes_ReturnsTimestampExpired()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var url = sandbox.Shopee.ShopUrl(ItemList, ShopeeSandbox.ShopVn, "page_size=10");
        Assert.Equal("", (await sandbox.Shopee.SendAsync(HttpMethod.Get, url, null)).Error);

        await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = 360 });
        var result = await sandbox.Shopee.SendAsync(HttpMethod.Get, url, null);

        Assert.Equal("Timestamp is expired", result.Message);
    }

    [Fact]
    public async Task ShopApi_WithoutAccessToken_ReturnsErrorParam()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        var ts = sandbox.Host.Clock.UnixSeconds;
        var sign = IndependentShopeeSigner.PublicSign(ShopeeSandbox.PartnerKey, ShopeeSandbox.PartnerId, ItemList, ts);

        var result = await sandbox.Shopee.SendAsync(HttpMethod.Get, $"{ItemList}?partner_id={ShopeeSandbox.PartnerId}&timestamp={ts}&sign={sign}&shop_id=600001&page_size=10", null);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("error_param", result.Error);
        Assert.Equal("There is no access_token in query.", result.Message);
    }

    [Fact]
    public async Task ShopApi_TokenOfOtherShop_ReturnsErrorAuth()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var url = sandbox.Shopee.ShopUrl(ItemList, ShopeeSandbox.ShopTh, "page_size=10", accessToken: sandbox.Shopee.Tokens[ShopeeSandbox.ShopVn].Access);

        var result = await sandbox.Shopee.SendAsync(HttpMethod.Get, url, null);

        Assert.Equal("error_auth", result.Error);
        Assert.Equal("Invalid access_token.", result.Message);
    }
}
