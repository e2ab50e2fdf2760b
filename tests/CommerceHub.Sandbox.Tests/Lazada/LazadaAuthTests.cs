using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Lazada;

public sealed partial class LazadaAuthTests
{
    private const string Products = "/products/get";

    [Fact]
    public async Task Authorize_SellerConfirms_RedirectsWithSingleUseCodeAndState()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = sandbox.Host.BaseUrl("Lazada") };
        var link = $"/oauth/authorize?response_type=code&force_auth=true&redirect_uri={Uri.EscapeDataString("https://hub.example/cb")}&client_id={LazadaSandbox.AppKey}&state=xyz";

        var page = await noRedirect.GetStringAsync(link);
        var grant = WebUtility.HtmlDecode(GrantLink().Matches(page).Select(m => m.Groups[1].Value).Single(l => l.Contains("seller_id=1000102", StringComparison.Ordinal)));
        using var redirect = await noRedirect.GetAsync(grant);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var query = HttpUtility.ParseQueryString(redirect.Headers.Location!.Query);
        Assert.Equal("xyz", query["state"]);
        var first = (await sandbox.Lazada.CreateTokenAsync(LazadaSandbox.SellerTh, query["code"]!)).EnsureOk();
        Assert.Equal(7 * 86400, first.Json.GetProperty("expires_in").GetInt32());
        Assert.Equal(14 * 86400, first.Json.GetProperty("refresh_expires_in").GetInt32());
        Assert.Equal("th", first.Json.GetProperty("country").GetString());
        Assert.Equal(LazadaSandbox.SellerTh, first.Json.GetProperty("country_user_info")[0].GetProperty("seller_id").GetString());
        var second = await sandbox.Lazada.CreateTokenAsync(LazadaSandbox.SellerTh, query["code"]!);
        Assert.Equal("InvalidCode", second.Code);
    }

    [Fact]
    public async Task CreateToken_OnlineApp_GetsThirtyAndHundredEightyDays()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        var online = sandbox.Client(LazadaSandbox.OnlineAppKey, LazadaSandbox.OnlineAppSecret);

        var result = (await online.AuthorizeAsync(LazadaSandbox.SellerVn)).EnsureOk();

        Assert.Equal(30 * 86400, result.Json.GetProperty("expires_in").GetInt32());
        Assert.Equal(180 * 86400, result.Json.GetProperty("refresh_expires_in").GetInt32());
        await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = 8 * 86400 });
        (await online.GetAsync(Products, LazadaSandbox.SellerVn)).EnsureOk();
    }

    [Fact]
    public async Task AccessToken_TestAppAfterSevenDays_ReturnsIllegalAccessToken()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = (7 * 86400) - 60 });
        (await sandbox.Lazada.GetAsync(Products, LazadaSandbox.SellerVn)).EnsureOk();

        await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = 61 });
        var expired = await sandbox.Lazada.GetAsync(Products, LazadaSandbox.SellerVn);

        Assert.Equal("IllegalAccessToken", expired.Code);
        (await sandbox.Lazada.RefreshAsync(LazadaSandbox.SellerVn, sandbox.Lazada.Tokens[LazadaSandbox.SellerVn].Refresh)).EnsureOk();
        (await sandbox.Lazada.GetAsync(Products, LazadaSandbox.SellerVn)).EnsureOk();
    }

    [Fact]
    public async Task Refresh_SameRefreshTokenInParallel_OnlyOneSucceeds()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        var refresh = sandbox.Lazada.Tokens[LazadaSandbox.SellerVn].Refresh;

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => sandbox.Lazada.PostAsync("/auth/token/refresh", null, ("refresh_token", refresh))));

        Assert.Single(results, r => r.Code == "0");
        Assert.All(results.Where(r => r.Code != "0"), r => Assert.Equal("IllegalRefreshToken", r.Code));
    }

    [Fact]
    public async Task Refresh_AfterFourteenDays_IsRefused()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = (14 * 86400) + 1 });

        var result = await sandbox.Lazada.RefreshAsync(LazadaSandbox.SellerVn, sandbox.Lazada.Tokens[LazadaSandbox.SellerVn].Refresh);

        Assert.Equal("IllegalRefreshToken", result.Code);
        Assert.Equal("ISV", result.Type);
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex GrantLink();
}
