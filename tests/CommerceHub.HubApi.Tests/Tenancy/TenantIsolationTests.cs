using System.Net;
using System.Text.Json;
using CommerceHub.HubApi.Tests.Infrastructure;

namespace CommerceHub.HubApi.Tests.Tenancy;

/// <summary>Merchant B's admin tries every catalog endpoint on merchant A's data: not found, and nothing changes.</summary>
[Collection(HubCollection.Name)]
public sealed class TenantIsolationTests(HubFixture hub)
{
    [Fact]
    public async Task OtherMerchant_CannotReadChangeOrArchiveProduct()
    {
        var a = await hub.SignInAsync(HubClient.Admin("pxg-trading"));
        var b = await hub.SignInAsync(HubClient.Admin("hekou-goods"));
        var product = await CatalogSteps.CreateAsync(a);
        var id = product.GetProperty("id").GetGuid();
        var sku = product.GetProperty("variants")[0].GetProperty("sku").GetString();
        var update = Products.Valid(product.GetProperty("code").GetString());
        update["version"] = product.GetProperty("version").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await b.Http.GetAsync($"/api/products/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PutAsync($"/api/products/{id}", update)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PutAsync($"/api/variants/{sku}/price", new { priceCny = 1m })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Http.DeleteAsync($"/api/products/{id}")).StatusCode);

        var unchanged = await a.GetAsync<JsonElement>($"/api/products/{id}");
        Assert.Equal("Active", unchanged.GetProperty("status").GetString());
        Assert.Equal(product.GetProperty("version").GetInt32(), unchanged.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task OtherMerchant_ListsAndSearchesOnlyOwnProducts()
    {
        var a = await hub.SignInAsync(HubClient.Admin("pxg-trading"));
        var b = await hub.SignInAsync(HubClient.Admin("hekou-goods"));
        var product = await CatalogSteps.CreateAsync(a);
        var code = product.GetProperty("code").GetString();

        var mine = await a.GetAsync<JsonElement>($"/api/products?search={code}");
        var theirs = await b.GetAsync<JsonElement>($"/api/products?search={code}");

        Assert.Equal(1, mine.GetProperty("total").GetInt32());
        Assert.Equal(0, theirs.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task SameSku_InTwoMerchants_IsAllowed()
    {
        var a = await hub.SignInAsync(HubClient.Admin("pxg-trading"));
        var b = await hub.SignInAsync(HubClient.Admin("hekou-goods"));
        var sku = Products.Unique("SHARED");

        await CatalogSteps.CreateAsync(a, Products.Valid(null, sku));
        await CatalogSteps.CreateAsync(b, Products.Valid(null, sku));
    }

    [Fact]
    public async Task OtherMerchant_CannotReadAuditOrImports()
    {
        var a = await hub.SignInAsync(HubClient.Admin("pxg-trading"));
        var b = await hub.SignInAsync(HubClient.Admin("hekou-goods"));
        var product = await CatalogSteps.CreateAsync(a);
        var sku = product.GetProperty("variants")[0].GetProperty("sku").GetString();
        await HubClient.EnsureAsync(await a.PutAsync($"/api/variants/{sku}/price", new { priceCny = 55.00m }), HttpStatusCode.OK);
        var import = await ImportSteps.UploadAsync(a, "ok.csv", ImportSteps.Csv(ImportSteps.Row(Products.Unique("IMP"), Products.Unique("IMP-SKU"))));

        var auditOfB = await b.GetAsync<JsonElement>($"/api/audit?key={sku}");
        Assert.Equal(0, auditOfB.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await b.Http.GetAsync($"/api/catalog/imports/{import}")).StatusCode);
    }

    [Fact]
    public async Task Users_AdminListsOnlyOwnMerchantsUsers_HostMayNotList()
    {
        var b = await hub.SignInAsync(HubClient.Admin("hekou-goods"));
        var host = await hub.SignInAsync(HubClient.Host("hekou-goods"));

        var users = await b.GetAsync<JsonElement>("/api/users?pageSize=200");

        var emails = users.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("email").GetString()).ToList();
        Assert.Contains(HubClient.Host("hekou-goods"), emails);
        Assert.DoesNotContain(HubClient.Admin("pxg-trading"), emails);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Http.GetAsync("/api/users")).StatusCode);
    }
}
