using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.HubApi.SampleData;
using CommerceHub.HubApi.Tests.Infrastructure;

namespace CommerceHub.HubApi.Tests.Auth;

[Collection(HubCollection.Name)]
public sealed class AuthTests(HubFixture hub)
{
    [Fact]
    public async Task Login_RightPassword_ReturnsBearerAndRefreshToken()
    {
        var response = await hub.Anonymous.PostAsync("/api/auth/login", new { email = HubClient.Admin(), password = "commercehub-demo" });

        await HubClient.EnsureAsync(response, HttpStatusCode.OK);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        Assert.False(string.IsNullOrEmpty(token.GetProperty("accessToken").GetString()));
        Assert.False(string.IsNullOrEmpty(token.GetProperty("refreshToken").GetString()));
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401Problem()
    {
        var response = await hub.Anonymous.PostAsync("/api/auth/login", new { email = HubClient.Admin(), password = "not-the-password" });

        var problem = await HubClient.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("wrong", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_MissingFields_Returns400WithFieldErrors()
    {
        var response = await hub.Anonymous.PostAsync("/api/auth/login", new { email = "" });

        var problem = await HubClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Refresh_ValidRefreshToken_IssuesWorkingAccessToken()
    {
        var login = await hub.Anonymous.PostAsync("/api/auth/login", new { email = HubClient.Host(), password = "commercehub-demo" });
        var refreshToken = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refreshToken").GetString();

        var refreshed = await hub.Anonymous.PostAsync("/api/auth/refresh", new { refreshToken });
        await HubClient.EnsureAsync(refreshed, HttpStatusCode.OK);
        var access = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();

        var client = hub.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", access);
        var me = await new HubClient(client).GetAsync<JsonElement>("/api/auth/me");
        Assert.Equal(HubClient.Host(), me.GetProperty("email").GetString());
        Assert.Equal("Host", me.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Refresh_ForgedToken_Returns401()
    {
        var response = await hub.Anonymous.PostAsync("/api/auth/refresh", new { refreshToken = "forged" });

        await HubClient.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/products")]
    [InlineData("/api/audit")]
    [InlineData("/api/merchants")]
    [InlineData("/api/auth/me")]
    [InlineData("/api/warehouses")]
    public async Task ApiCall_WithoutToken_Returns401(string url)
    {
        var response = await hub.Anonymous.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_Operator_HasNoMerchant()
    {
        var op = await hub.SignInAsync(SampleDataSeeder.OperatorEmail);

        var me = await op.GetAsync<JsonElement>("/api/auth/me");

        Assert.Equal("Operator", me.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("merchantId").ValueKind);
    }
}
