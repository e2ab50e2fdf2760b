using System.Net;
using System.Text.Json;
using CommerceHub.HubApi.Tests.Infrastructure;

namespace CommerceHub.HubApi.Tests.Persistence;

/// <summary>
/// The same persistence behaviour on both stores: the hub of the "hub" collection runs on SQLite, this one on PostgreSQL.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class DatabaseProviderTests(HubFixture sqlite, PostgresHubFixture postgres) : IClassFixture<PostgresHubFixture>
{
    public static TheoryData<string> Stores => new() { "sqlite", "postgres" };

    private Task<HubClient> SignInAsync(string store, string email) => store == "postgres"
        ? HubClient.SignInAsync(postgres.Factory.CreateClient(), email)
        : sqlite.SignInAsync(email);

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Product_RoundTripsJsonColumnsDecimalsAndUnicode(string store)
    {
        var admin = await SignInAsync(store, HubClient.Admin());
        var body = Products.Valid();
        body["titles"] = new Dictionary<string, string> { ["zh-CN"] = "俄罗斯巧克力", ["ru"] = "Русский шоколад", ["th"] = "ช็อกโกแลตรัสเซีย" };

        var created = await CatalogSteps.CreateAsync(admin, body);
        var read = await admin.GetAsync<JsonElement>($"/api/products/{created.GetProperty("id").GetGuid()}");

        Assert.Equal("Русский шоколад", read.GetProperty("titles").GetProperty("ru").GetString());
        Assert.Equal("ช็อกโกแลตรัสเซีย", read.GetProperty("titles").GetProperty("th").GetString());
        Assert.Equal(40.90m, read.GetProperty("variants")[1].GetProperty("priceCny").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task TenantFilter_AppliesOnEveryStore(string store)
    {
        var a = await SignInAsync(store, HubClient.Admin("pxg-trading"));
        var b = await SignInAsync(store, HubClient.Admin("hekou-goods"));
        var created = await CatalogSteps.CreateAsync(a);

        Assert.Equal(HttpStatusCode.NotFound, (await b.Http.GetAsync($"/api/products/{created.GetProperty("id").GetGuid()}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task FailedUpdate_WritesNothing(string store)
    {
        var admin = await SignInAsync(store, HubClient.Admin());
        var created = await CatalogSteps.CreateAsync(admin);
        var id = created.GetProperty("id").GetGuid();
        var taken = (await CatalogSteps.CreateAsync(admin)).GetProperty("variants")[0].GetProperty("sku").GetString()!;
        var update = Products.Valid(created.GetProperty("code").GetString(), Products.Unique("NEW"), taken);
        update["version"] = 1;

        await HubClient.ProblemAsync(await admin.PutAsync($"/api/products/{id}", update), HttpStatusCode.Conflict);

        var read = await admin.GetAsync<JsonElement>($"/api/products/{id}");
        Assert.Equal(1, read.GetProperty("version").GetInt32());
        Assert.Equal(created.GetProperty("variants")[0].GetProperty("sku").GetString(), read.GetProperty("variants")[0].GetProperty("sku").GetString());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AuditList_IsNewestFirst(string store)
    {
        var admin = await SignInAsync(store, HubClient.Admin());
        var sku = (await CatalogSteps.CreateAsync(admin)).GetProperty("variants")[0].GetProperty("sku").GetString();
        foreach (var price in new[] { 41m, 42m, 43m })
        {
            await HubClient.EnsureAsync(await admin.PutAsync($"/api/variants/{sku}/price", new { priceCny = price }), HttpStatusCode.OK);
        }

        var audit = await admin.GetAsync<JsonElement>($"/api/audit?entity=price&key={sku}");

        Assert.Equal(3, audit.GetProperty("total").GetInt32());
        Assert.Contains("43", audit.GetProperty("items")[0].GetProperty("after").GetString(), StringComparison.Ordinal);
    }
}
