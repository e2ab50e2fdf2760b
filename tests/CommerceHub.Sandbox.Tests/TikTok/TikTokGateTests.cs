using System.Net;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.TikTok;

public sealed class TikTokGateTests
{
    private const string Search = "/product/202502/products/search";

    [Fact]
    public async Task ShopApi_SignedByIndependentSigner_IsAccepted()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);

        var result = await sandbox.TikTok.PostAsync(Search, TikTokSandbox.ShopVn, new { status = "ALL" }, ("page_size", "10"));

        result.EnsureOk();
        Assert.Equal(0, result.Data.GetProperty("total_count").GetInt32());
    }

    [Fact]
    public async Task ShopApi_SignWithOneByteChanged_Returns106001()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        var url = sandbox.TikTok.Url(Search, TikTokSandbox.ShopVn, "", null, ("page_size", "10"));
        var at = url.IndexOf("sign=", StringComparison.Ordinal) + 5;
        var tampered = url[..at] + (url[at] == 'a' ? 'b' : 'a') + url[(at + 1)..];

        var result = await sandbox.TikTok.SendAsync(HttpMethod.Post, tampered, null, sandbox.TikTok.Tokens[TikTokSandbox.ShopVn].Access);

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal(106001, result.Code);
        Assert.Matches("^[0-9]{14}[0-9A-F]{20}$", result.Json.GetProperty("request_id").GetString());
    }

    [Fact]
    public async Task ShopApi_BodyChangedAfterSigning_Returns106001()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        var url = sandbox.TikTok.Url(Search, TikTokSandbox.ShopVn, """{"status":"ALL"}""", null, ("page_size", "10"));

        var result = await sandbox.TikTok.SendAsync(HttpMethod.Post, url, """{"status": "ALL"}""", sandbox.TikTok.Tokens[TikTokSandbox.ShopVn].Access);

        Assert.Equal(106001, result.Code);
    }

    [Theory]
    [InlineData(-301, "earlier than 5 minutes")]
    [InlineData(31, "by more than 30 seconds")]
    public async Task ShopApi_TimestampOutsideWindow_Returns36009004(int offsetSeconds, string message)
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        var url = sandbox.TikTok.Url(Search, TikTokSandbox.ShopVn, "", sandbox.Host.Clock.UnixSeconds + offsetSeconds, ("page_size", "10"));
        var inside = sandbox.TikTok.Url(Search, TikTokSandbox.ShopVn, "", sandbox.Host.Clock.UnixSeconds + (offsetSeconds < 0 ? -290 : 25), ("page_size", "10"));

        var refused = await sandbox.TikTok.SendAsync(HttpMethod.Post, url, null, sandbox.TikTok.Tokens[TikTokSandbox.ShopVn].Access);
        var accepted = await sandbox.TikTok.SendAsync(HttpMethod.Post, inside, null, sandbox.TikTok.Tokens[TikTokSandbox.ShopVn].Access);

        Assert.Equal(36009004, refused.Code);
        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        accepted.EnsureOk();
    }

    [Fact]
    public async Task ShopApi_WithoutShopCipher_Returns106013()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);

        var result = await sandbox.TikTok.SendAsync(HttpMethod.Post, sandbox.TikTok.Url(Search, null, "", null, ("page_size", "10")), null, sandbox.TikTok.Tokens[TikTokSandbox.ShopVn].Access);

        Assert.Equal(106013, result.Code);
    }

    [Fact]
    public async Task ShopApi_CipherOfOtherShop_Returns101000()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopTh);

        var result = await sandbox.TikTok.SendAsync(HttpMethod.Post, sandbox.TikTok.Url(Search, TikTokSandbox.ShopTh, "", null, ("page_size", "10")), null, sandbox.TikTok.Tokens[TikTokSandbox.ShopVn].Access);

        Assert.Equal(101000, result.Code);
    }

    [Fact]
    public async Task SellerApi_WithShopCipher_ReturnsUnexpectedIdentifier()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);

        var result = await sandbox.TikTok.GetAsync("/authorization/202309/shops", TikTokSandbox.ShopVn, TikTokSandbox.ShopVn);

        Assert.Equal(36009004, result.Code);
        Assert.StartsWith("Unexpected identifier.", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShopApi_WithoutAccessTokenHeader_Returns36009004()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);

        var result = await sandbox.TikTok.SendAsync(HttpMethod.Post, sandbox.TikTok.Url(Search, TikTokSandbox.ShopVn, "", null, ("page_size", "10")), null, null);

        Assert.Equal(36009004, result.Code);
        Assert.Contains("x-tts-access-token", result.Message, StringComparison.Ordinal);
    }
}
