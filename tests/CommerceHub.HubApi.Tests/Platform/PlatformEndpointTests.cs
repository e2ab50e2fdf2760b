using System.Net;
using System.Text.Json;
using CommerceHub.HubApi.SampleData;
using CommerceHub.HubApi.Tests.Infrastructure;

namespace CommerceHub.HubApi.Tests.Platform;

[Collection(HubCollection.Name)]
public sealed class PlatformEndpointTests(HubFixture hub)
{
    [Fact]
    public async Task HealthReady_DatabaseAndRedisUp_Returns200()
    {
        Assert.Equal(HttpStatusCode.OK, (await hub.Anonymous.Http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hub.Anonymous.Http.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheFeatureEndpoints()
    {
        var document = await hub.Anonymous.GetAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/products", out _));
        Assert.True(paths.TryGetProperty("/api/catalog/imports", out _));
        Assert.Equal(HttpStatusCode.OK, (await hub.Anonymous.Http.GetAsync("/scalar/v1")).StatusCode);
    }

    [Fact]
    public async Task Warehouses_ListsTheBorderWarehousesWithCustomsCodes()
    {
        var host = await hub.SignInAsync(HubClient.Host());

        var warehouses = await host.GetAsync<JsonElement>("/api/warehouses");

        var codes = warehouses.EnumerateArray().ToDictionary(w => w.GetProperty("code").GetString()!, w => w.GetProperty("customsCode").GetString());
        Assert.Equal("7208", codes["PXG"]);
        Assert.Equal("8613", codes["HKO"]);
        Assert.Equal("0702", codes["ERN"]);
    }

    [Fact]
    public async Task HangfireDashboard_OnlyForOperatorCookie()
    {
        var anonymous = await hub.Anonymous.Http.GetAsync("/hangfire");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);

        var client = hub.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        var merchantLogin = await client.PostAsync("/api/auth/login?useCookies=true",
            JsonContent(new { email = HubClient.Admin(), password = "commercehub-demo" }));
        Assert.True(merchantLogin.IsSuccessStatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/hangfire")).StatusCode);

        var operatorClient = hub.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        await operatorClient.PostAsync("/api/auth/login?useCookies=true",
            JsonContent(new { email = SampleDataSeeder.OperatorEmail, password = "commercehub-demo" }));
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/hangfire")).StatusCode);
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
