using System.Net;
using System.Text.Json;
using CommerceHub.HubApi.SampleData;
using CommerceHub.HubApi.Tests.Infrastructure;

namespace CommerceHub.HubApi.Tests.Tenancy;

[Collection(HubCollection.Name)]
public sealed class RoleTests(HubFixture hub)
{
    [Fact]
    public async Task UpdatePrice_AsHost_Returns403AndKeepsPrice()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var host = await hub.SignInAsync(HubClient.Host());
        var product = await CatalogSteps.CreateAsync(admin);
        var sku = product.GetProperty("variants")[0].GetProperty("sku").GetString();

        var response = await host.PutAsync($"/api/variants/{sku}/price", new { priceCny = 1.00m });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var after = await admin.GetAsync<JsonElement>($"/api/products/{product.GetProperty("id").GetGuid()}");
        Assert.Equal(product.GetProperty("variants")[0].GetProperty("priceCny").GetDecimal(), after.GetProperty("variants")[0].GetProperty("priceCny").GetDecimal());
    }

    [Theory]
    [InlineData("host")]
    [InlineData("warehouse")]
    public async Task CreateProduct_AsNonAdmin_Returns403(string role)
    {
        var user = await hub.SignInAsync(role == "host" ? HubClient.Host() : HubClient.WarehouseStaff());

        var response = await user.PostAsync("/api/products", Products.Valid());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GetProduct_AsWarehouseStaff_HidesCosts()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var warehouse = await hub.SignInAsync(HubClient.WarehouseStaff());
        var product = await CatalogSteps.CreateAsync(admin);

        var seen = await warehouse.GetAsync<JsonElement>($"/api/products/{product.GetProperty("id").GetGuid()}");

        Assert.Equal(18.50m, product.GetProperty("variants")[0].GetProperty("costCny").GetDecimal());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("variants")[0].GetProperty("costCny").ValueKind);
    }

    [Fact]
    public async Task CatalogAndAudit_AsOperator_Returns403()
    {
        var op = await hub.SignInAsync(SampleDataSeeder.OperatorEmail);

        Assert.Equal(HttpStatusCode.Forbidden, (await op.Http.GetAsync("/api/products")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.Http.GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task Merchants_AsMerchantAdmin_Returns403()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsync("/api/merchants", new { code = "x-shop", name = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Http.GetAsync("/api/merchants")).StatusCode);
    }

    [Fact]
    public async Task Operator_CreatesMerchantAndItsAdmin_AdminCanSignIn()
    {
        var op = await hub.SignInAsync(SampleDataSeeder.OperatorEmail);
        var code = $"m-{Guid.NewGuid():N}"[..12];

        var created = await op.PostAsync("/api/merchants", new { code, name = "Dongxing Seafood Snacks", city = "Dongxing" });
        await HubClient.EnsureAsync(created, HttpStatusCode.Created);
        var merchant = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonElement>(created.Content, HubClient.Json);
        var email = $"admin@{code}.example";
        var user = await op.PostAsync($"/api/merchants/{merchant.GetProperty("id").GetGuid()}/users",
            new { email, displayName = "Admin", password = "a-long-password", role = "MerchantAdmin", language = "vi" });
        await HubClient.EnsureAsync(user, HttpStatusCode.Created);

        var admin = await HubClient.SignInAsync(hub.Factory.CreateClient(), email, "a-long-password");
        var page = await admin.GetAsync<JsonElement>("/api/products");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task CreateUser_AdminAsksForOperatorRole_Returns400()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());

        var response = await admin.PostAsync("/api/users",
            new { email = $"{Guid.NewGuid():N}@x.example", displayName = "Sneaky", password = "a-long-password", role = "Operator" });

        var problem = await HubClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("role", out _));
    }
}
