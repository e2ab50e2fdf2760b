using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.TikTok;

public sealed partial class TikTokAuthTests
{
    private const string Search = "/product/202502/products/search";

    [Fact]
    public async Task Authorize_SellerConfirms_CodeExchangesOnceForAbsoluteExpiries()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = sandbox.Host.BaseUrl("TikTok") };

        var page = await noRedirect.GetStringAsync($"/oauth/authorize?app_key={TikTokSandbox.AppKey}&state=s1&redirect_uri={Uri.EscapeDataString("https://hub.example/tts")}");
        var grant = WebUtility.HtmlDecode(GrantLink().Matches(page).Select(m => m.Groups[1].Value).Single(l => l.Contains(TikTokSandbox.ShopTh, StringComparison.Ordinal)));
        using var redirect = await noRedirect.GetAsync(grant);
        var query = HttpUtility.ParseQueryString(redirect.Headers.Location!.Query);
        var first = (await sandbox.TikTok.ExchangeCodeAsync(TikTokSandbox.ShopTh, query["code"]!)).EnsureOk();
        var second = await sandbox.TikTok.ExchangeCodeAsync(TikTokSandbox.ShopTh, query["code"]!);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("s1", query["state"]);
        var now = sandbox.Host.Clock.UnixSeconds;
        Assert.InRange(first.Data.GetProperty("access_token_expire_in").GetInt64(), now + (7 * 86400) - 5, now + (7 * 86400));
        Assert.True(first.Data.GetProperty("refresh_token_expire_in").GetInt64() > now + (7 * 86400));
        Assert.Equal("TH", first.Data.GetProperty("seller_base_region").GetString());
        Assert.NotEqual(0, second.Code);
    }

    [Fact]
    public async Task TokenGet_WrongAppSecret_Returns36009004()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();

        var result = await sandbox.TikTok.SendAsync(HttpMethod.Get, $"/api/v2/token/get?app_key={TikTokSandbox.AppKey}&app_secret=wrong&auth_code=x&grant_type=authorized_code", null, null);

        Assert.Equal(36009004, result.Code);
    }

    [Fact]
    public async Task AuthorizedShops_AfterExchange_ReturnsCipherOfTheShop()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);

        var shops = (await sandbox.TikTok.GetAsync("/authorization/202309/shops", null, TikTokSandbox.ShopVn)).EnsureOk().Data.GetProperty("shops");

        var shop = Assert.Single(shops.EnumerateArray());
        Assert.Equal(TikTokSandbox.ShopVn, shop.GetProperty("id").GetString());
        Assert.Equal("VN", shop.GetProperty("region").GetString());
        Assert.StartsWith("ROW_", shop.GetProperty("cipher").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessToken_AfterSevenDays_Returns105002ThenRefreshWorks()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = (7 * 86400) - 60 });
        (await sandbox.TikTok.PostAsync(Search, TikTokSandbox.ShopVn, null, ("page_size", "1"))).EnsureOk();

        await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = 61 });
        var expired = await sandbox.TikTok.PostAsync(Search, TikTokSandbox.ShopVn, null, ("page_size", "1"));
        (await sandbox.TikTok.RefreshAsync(TikTokSandbox.ShopVn, sandbox.TikTok.Tokens[TikTokSandbox.ShopVn].Refresh)).EnsureOk();

        Assert.Equal(105002, expired.Code);
        (await sandbox.TikTok.PostAsync(Search, TikTokSandbox.ShopVn, null, ("page_size", "1"))).EnsureOk();
    }

    [Fact]
    public async Task Refresh_SameRefreshTokenInParallel_OnlyOneSucceeds()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        var refresh = sandbox.TikTok.Tokens[TikTokSandbox.ShopVn].Refresh;

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => sandbox.TikTok.SendAsync(
            HttpMethod.Get, $"/api/v2/token/refresh?app_key={TikTokSandbox.AppKey}&app_secret={TikTokSandbox.AppSecret}&refresh_token={refresh}&grant_type=refresh_token", null, null)));

        Assert.Single(results, r => r.Code == 0);
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex GrantLink();
}
