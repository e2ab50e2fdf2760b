using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.HubApi.Tests.Infrastructure;

namespace CommerceHub.HubApi.Tests.Catalog;

[Collection(HubCollection.Name)]
public sealed class ProductTests(HubFixture hub)
{
    [Fact]
    public async Task Create_ValidProduct_StoresEveryFieldAndLanguage()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var body = Products.Valid();

        var created = await CatalogSteps.CreateAsync(admin, body);
        var read = await admin.GetAsync<JsonElement>($"/api/products/{created.GetProperty("id").GetGuid()}");

        Assert.Equal(body["code"], read.GetProperty("code").GetString());
        Assert.Equal("Áo thun cotton", read.GetProperty("titles").GetProperty("vi").GetString());
        Assert.Equal("6109100000", read.GetProperty("hsCode").GetString());
        Assert.Equal(2, read.GetProperty("variants").GetArrayLength());
        Assert.Equal(39.90m, read.GetProperty("variants")[0].GetProperty("priceCny").GetDecimal());
        Assert.Equal("black", read.GetProperty("variants")[0].GetProperty("options").GetProperty("colour").GetString());
        Assert.Equal(1, read.GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("61091000", "hsCode")]
    [InlineData("9999990000", "hsCode")]
    [InlineData("61091000AB", "hsCode")]
    public async Task Create_InvalidHsCode_Returns400AndWritesNothing(string hsCode, string field)
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var body = Products.Valid();
        body["hsCode"] = hsCode;

        var problem = await HubClient.ProblemAsync(await admin.PostAsync("/api/products", body), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        var page = await admin.GetAsync<JsonElement>($"/api/products?search={body["code"]}");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    public static TheoryData<string, object?, string> BadFields => new()
    {
        { "origin", "China", "origin" },
        { "titles", new Dictionary<string, string> { ["en"] = "No Chinese title" }, "titles" },
        { "titles", new Dictionary<string, string> { ["zh-CN"] = "x", ["xx"] = "unknown language" }, "titles.xx" },
        { "imageUrls", new[] { "ftp://nope" }, "imageUrls[0]" },
        { "variants", Array.Empty<object>(), "variants" },
        { "code", "", "code" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Create_BadField_Returns400NamingTheField(string name, object? value, string field)
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var body = Products.Valid();
        body[name] = value;

        var problem = await HubClient.ProblemAsync(await admin.PostAsync("/api/products", body), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("priceCny", -1)]
    [InlineData("priceCny", 0)]
    [InlineData("priceCny", 99999999999)]
    [InlineData("priceCny", 1.234)]
    [InlineData("weightGrams", -5)]
    [InlineData("costCny", -0.01)]
    public async Task Create_NegativeOrAbsurdNumber_Returns400(string field, double value)
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var body = Products.Valid();
        ((List<Dictionary<string, object?>>)body["variants"]!)[0][field] = (decimal)value;

        var problem = await HubClient.ProblemAsync(await admin.PostAsync("/api/products", body), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty($"variants[0].{field}", out _), problem.ToString());
    }

    [Fact]
    public async Task Create_DuplicateSkuInRequest_Returns400()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var sku = Products.Unique("DUP");

        var problem = await HubClient.ProblemAsync(await admin.PostAsync("/api/products", Products.Valid(null, sku, sku)), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("variants[1].sku", out _));
    }

    [Fact]
    public async Task Create_SkuOfAnotherProduct_Returns409AndWritesNothing()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var sku = Products.Unique("TAKEN");
        await CatalogSteps.CreateAsync(admin, Products.Valid(null, sku));
        var second = Products.Valid(null, Products.Unique("FREE"), sku);

        var problem = await HubClient.ProblemAsync(await admin.PostAsync("/api/products", second), HttpStatusCode.Conflict);

        Assert.Contains(sku, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await admin.GetAsync<JsonElement>($"/api/products?search={second["code"]}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Create_DuplicateCode_Returns409()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var code = Products.Unique("CODE");
        await CatalogSteps.CreateAsync(admin, Products.Valid(code));

        await HubClient.ProblemAsync(await admin.PostAsync("/api/products", Products.Valid(code, Products.Unique("OTHER"))), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("{\"code\": \"X\", ")]
    [InlineData("not json at all")]
    [InlineData("{\"code\": 42, \"variants\": \"many\"}")]
    [InlineData("{\"code\":\"A\",\"variants\":[{\"sku\":\"A-1\",\"priceCny\":\"cheap\"}]}")]
    public async Task Create_MalformedJson_Returns400Problem(string json)
    {
        var admin = await hub.SignInAsync(HubClient.Admin());

        var problem = await HubClient.ProblemAsync(await admin.SendRawAsync(HttpMethod.Post, "/api/products", json), HttpStatusCode.BadRequest);

        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Create_OversizedBody_Returns413()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var huge = "{\"code\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";

        await HubClient.ProblemAsync(await admin.SendRawAsync(HttpMethod.Post, "/api/products", huge), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Update_StaleVersion_Returns409AndKeepsData()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var product = await CatalogSteps.CreateAsync(admin);
        var id = product.GetProperty("id").GetGuid();
        var body = Products.Valid(product.GetProperty("code").GetString(),
            product.GetProperty("variants")[0].GetProperty("sku").GetString()!);
        body["version"] = 1;
        await HubClient.EnsureAsync(await admin.PutAsync($"/api/products/{id}", body), HttpStatusCode.OK);

        body["brand"] = "Stale writer";
        await HubClient.ProblemAsync(await admin.PutAsync($"/api/products/{id}", body), HttpStatusCode.Conflict);

        var read = await admin.GetAsync<JsonElement>($"/api/products/{id}");
        Assert.Equal("Youyi", read.GetProperty("brand").GetString());
        Assert.Equal(1, read.GetProperty("variants").GetArrayLength());
    }

    [Fact]
    public async Task UpdatePrice_RecordsAuditWithBeforeAndAfter()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var product = await CatalogSteps.CreateAsync(admin);
        var sku = product.GetProperty("variants")[0].GetProperty("sku").GetString();

        var response = await admin.PutAsync($"/api/variants/{sku}/price", new { priceCny = 45.50m });

        await HubClient.EnsureAsync(response, HttpStatusCode.OK);
        var audit = await admin.GetAsync<JsonElement>($"/api/audit?entity=price&key={sku}");
        var entry = audit.GetProperty("items")[0];
        Assert.Equal(HubClient.Admin(), entry.GetProperty("actor").GetString());
        Assert.Contains("39.9", entry.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("45.5", entry.GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownProductOrSku_Returns404Problem()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());

        await HubClient.ProblemAsync(await admin.Http.GetAsync($"/api/products/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await HubClient.ProblemAsync(await admin.PutAsync("/api/variants/NO-SUCH-SKU/price", new { priceCny = 1m }), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(0, 50)]
    [InlineData(1, 0)]
    [InlineData(1, 500)]
    public async Task List_BadPaging_Returns400(int page, int pageSize)
    {
        var admin = await hub.SignInAsync(HubClient.Admin());

        await HubClient.ProblemAsync(await admin.Http.GetAsync($"/api/products?page={page}&pageSize={pageSize}"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task List_SampleCatalog_IsPagedWithTotals()
    {
        var admin = await hub.SignInAsync(HubClient.Admin("hekou-goods"));

        var first = await admin.GetAsync<JsonElement>("/api/products?page=1&pageSize=10");

        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        Assert.True(first.GetProperty("total").GetInt32() >= 20);
    }
}
