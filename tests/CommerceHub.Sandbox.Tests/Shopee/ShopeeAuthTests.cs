using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Shopee;

public sealed partial class ShopeeAuthTests
{
    private const string ItemList = "/api/v2/product/get_item_list";

    [Fact]
    public async Task AuthPartner_SellerConfirmsShop_RedirectsWithSingleUseCode()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = sandbox.Host.BaseUrl("Shopee") };
        var link = sandbox.Shopee.PublicUrl("/api/v2/shop/auth_partner", "redirect=" + Uri.EscapeDataString("https://hub.example/callback"));

        var page = await noRedirect.GetStringAsync(link);
        var grant = WebUtility.HtmlDecode(GrantLink().Matches(page).Select(m => m.Groups[1].Value).Single(l => l.Contains("shop_id=600002", StringComparison.Ordinal)));
        using var redirect = await noRedirect.GetAsync(grant);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var location = redirect.Headers.Location!;
        Assert.StartsWith("https://hub.example/callback?", location.ToString(), StringComparison.Ordinal);
        var query = HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("600002", query["shop_id"]);
        var first = await sandbox.Shopee.ExchangeCodeAsync(ShopeeSandbox.ShopTh, query["code"]!);
        first.EnsureOk();
        Assert.Equal(14400, first.Json.GetProperty("expire_in").GetInt32());
        var second = await sandbox.Shopee.ExchangeCodeAsync(ShopeeSandbox.ShopTh, query["code"]!);
        Assert.Equal("error_auth", second.Error);
    }

    [Fact]
    public async Task AccessToken_AfterFourHours_ReturnsErrorAuth()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = (4 * 3600) - 60 });
        (await sandbox.Shopee.GetAsync(ItemList, ShopeeSandbox.ShopVn, "page_size=1")).EnsureOk();

        await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = 61 });
        var result = await sandbox.Shopee.GetAsync(ItemList, ShopeeSandbox.ShopVn, "page_size=1");

        Assert.Equal("error_auth", result.Error);
    }

    [Fact]
    public async Task Refresh_OldAccessToken_WorksFiveMinutesThenFails()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var (oldAccess, refresh) = sandbox.Shopee.Tokens[ShopeeSandbox.ShopVn];

        var refreshed = await sandbox.Shopee.RefreshAsync(ShopeeSandbox.ShopVn, refresh);

        refreshed.EnsureOk();
        Assert.Equal(ShopeeSandbox.ShopVn, refreshed.Json.GetProperty("shop_id").GetInt64());
        Assert.NotEqual(oldAccess, sandbox.Shopee.Tokens[ShopeeSandbox.ShopVn].Access);
        var withOld = () => sandbox.Shopee.SendAsync(HttpMethod.Get, sandbox.Shopee.ShopUrl(ItemList, ShopeeSandbox.ShopVn, "page_size=1", accessToken: oldAccess), null);
        Assert.Equal("", (await withOld()).Error);
        await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = 301 });
        Assert.Equal("error_auth", (await withOld()).Error);
        (await sandbox.Shopee.GetAsync(ItemList, ShopeeSandbox.ShopVn, "page_size=1")).EnsureOk();
    }

    [Fact]
    public async Task Refresh_SameRefreshTokenTwice_SecondIsRefused()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var refresh = sandbox.Shopee.Tokens[ShopeeSandbox.ShopVn].Refresh;

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => sandbox.Shopee.PublicPostAsync(
            "/api/v2/auth/access_token/get", new { refresh_token = refresh, partner_id = ShopeeSandbox.PartnerId, shop_id = ShopeeSandbox.ShopVn })));

        Assert.Single(results, r => r.Error.Length == 0);
        Assert.All(results.Where(r => r.Error.Length > 0), r => Assert.Equal("error_auth", r.Error));
    }

    [Fact]
    public async Task Refresh_AfterThirtyDays_IsRefused()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = (30 * 86400) + 1 });

        var result = await sandbox.Shopee.RefreshAsync(ShopeeSandbox.ShopVn, sandbox.Shopee.Tokens[ShopeeSandbox.ShopVn].Refresh);

        Assert.Equal("error_auth", result.Error);
    }

    [Fact]
    public async Task Revoke_AdminRevokesShop_TokensStopWorking()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        (await sandbox.Shopee.GetAsync(ItemList, ShopeeSandbox.ShopVn, "page_size=1")).EnsureOk();

        var revoked = await sandbox.AdminAsync(HttpMethod.Post, "/auth/revoke", new { shopId = "600001" });

        Assert.Equal(2, revoked.GetProperty("revoked").GetInt32());
        Assert.Equal("error_auth", (await sandbox.Shopee.GetAsync(ItemList, ShopeeSandbox.ShopVn, "page_size=1")).Error);
        Assert.Equal("error_auth", (await sandbox.Shopee.RefreshAsync(ShopeeSandbox.ShopVn, sandbox.Shopee.Tokens[ShopeeSandbox.ShopVn].Refresh)).Error);
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex GrantLink();
}
