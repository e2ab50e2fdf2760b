using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Tiki;

public sealed partial class TikiAuthTests
{
    private const string Me = "/integration/v2/sellers/me";

    [Fact]
    public async Task Authorize_SellerPicksShop_RedirectsWithSingleUseCodeAndState()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = sandbox.Host.BaseUrl("Tiki") };

        var page = await noRedirect.GetStringAsync($"/sc/oauth2/auth?response_type=code&client_id={TikiSandbox.ClientId}&redirect_uri=https%3A%2F%2Fhub.example%2Fcb&scope=offline%20order&state=xyz");
        var link = WebUtility.HtmlDecode(Link().Matches(page).Select(m => m.Groups[1].Value).Single(l => l.Contains($"shop_id={TikiSandbox.SellerB}", StringComparison.Ordinal)));
        using var redirect = await noRedirect.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var query = HttpUtility.ParseQueryString(redirect.Headers.Location!.Query);
        Assert.Equal("xyz", query["state"]);
        var form = new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = query["code"]!, ["redirect_uri"] = "https://hub.example/cb" };
        var first = (await sandbox.TokenAsync(form)).EnsureOk();
        Assert.Equal("bearer", first.Json.GetProperty("token_type").GetString());
        Assert.Equal(3600, first.Json.GetProperty("expires_in").GetInt32());
        var me = (await sandbox.SendAsync(HttpMethod.Get, Me, first.Json.GetProperty("access_token").GetString())).EnsureOk();
        Assert.Equal(1000002, me.Json.GetProperty("id").GetInt64());
        var second = await sandbox.TokenAsync(form);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("invalid_grant", second.Json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_SecretInBody_IsAcceptedAndWrongSecretIsInvalidClient()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var grant = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };

        var inBody = await sandbox.TokenAsync(grant, secretInBody: true);
        var wrong = await sandbox.TokenAsync(grant, secret: "not-the-secret");

        inBody.EnsureOk();
        Assert.False(inBody.Json.TryGetProperty("refresh_token", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Equal("invalid_client", wrong.Json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task ClientCredentialsToken_OnSellerApi_IsForbidden()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var appToken = await sandbox.AppTokenAsync();

        var result = await sandbox.SendAsync(HttpMethod.Get, Me, appToken);

        Assert.Equal(HttpStatusCode.Forbidden, result.Status);
        Assert.Equal("forbidden", result.ErrorCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.Json.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task AccessToken_AfterOneHour_Returns401TokenExpired()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (access, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        sandbox.Host.Clock.Advance(TimeSpan.FromMinutes(59));
        (await sandbox.SendAsync(HttpMethod.Get, Me, access)).EnsureOk();

        sandbox.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        var result = await sandbox.SendAsync(HttpMethod.Get, Me, access);

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal("token_expired", result.Json.GetProperty("error").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Refresh_UsedOnce_OldAccessStopsAndSecondUseIsInvalidGrant()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (access, refresh) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        var form = new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refresh };

        var refreshed = (await sandbox.TokenAsync(form)).EnsureOk();
        var again = await sandbox.TokenAsync(form);

        Assert.Equal("invalid_grant", again.Json.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await sandbox.SendAsync(HttpMethod.Get, Me, access)).Status);
        (await sandbox.SendAsync(HttpMethod.Get, Me, refreshed.Json.GetProperty("access_token").GetString())).EnsureOk();
    }

    [Fact]
    public async Task SellerApi_WithoutBearer_Returns401WithTikiErrorBody()
    {
        await using var sandbox = await TikiSandbox.StartAsync();

        var result = await sandbox.SendAsync(HttpMethod.Get, Me, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal("unauthorized", result.ErrorCode);
        Assert.False(string.IsNullOrEmpty(result.Json.GetProperty("error").GetProperty("metadata").GetProperty("request_id").GetString()));
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Link();
}
