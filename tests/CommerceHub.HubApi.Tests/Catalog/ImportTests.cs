using System.Collections.Concurrent;
using System.Text.Json;
using ClosedXML.Excel;
using CommerceHub.HubApi.Contracts.Realtime;
using CommerceHub.HubApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommerceHub.HubApi.Tests.Catalog;

[Collection(HubCollection.Name)]
public sealed class ImportTests(HubFixture hub)
{
    [Fact]
    public async Task Import_ValidCsv_WritesEveryProductAndVariant()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var code = Products.Unique("IMP");
        var csv = ImportSteps.Csv(ImportSteps.Row(code, code + "-W"), $"{code},{code}-B,,,,colour,black,31.90,9.50,250,,,,,,,,,");

        var import = await ImportSteps.WaitAsync(admin, await ImportSteps.UploadAsync(admin, "catalog.csv", csv));

        Assert.Equal("Succeeded", import.GetProperty("status").GetString());
        Assert.Equal(2, import.GetProperty("totalRows").GetInt32());
        var page = await admin.GetAsync<JsonElement>($"/api/products?search={code}");
        var product = await admin.GetAsync<JsonElement>($"/api/products/{page.GetProperty("items")[0].GetProperty("id").GetGuid()}");
        Assert.Equal("棉袜, 5双装", product.GetProperty("titles").GetProperty("zh-CN").GetString());
        Assert.Equal(2, product.GetProperty("variants").GetArrayLength());
        Assert.Equal(2, product.GetProperty("imageUrls").GetArrayLength());
    }

    [Fact]
    public async Task Import_FileWithBadRows_ImportsNothingAndListsEachBadRow()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var good = Products.Unique("GOOD");
        var bad = Products.Unique("BAD");
        var csv = ImportSteps.Csv(
            ImportSteps.Row(good, good + "-1"),
            ImportSteps.Row(bad, bad + "-1", price: "-3"),
            ImportSteps.Row(bad + "X", bad + "-2", hs: "1234"),
            ImportSteps.Row(bad + "Y", bad + "-3", price: "abc"));

        var import = await ImportSteps.WaitAsync(admin, await ImportSteps.UploadAsync(admin, "catalog.csv", csv));

        Assert.Equal("Rejected", import.GetProperty("status").GetString());
        var rows = import.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32()).Distinct().Order().ToList();
        Assert.Equal([3, 4, 5], rows);
        Assert.Equal(0, (await admin.GetAsync<JsonElement>($"/api/products?search={good}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_Xlsx_IsReadLikeCsv()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var code = Products.Unique("XLS");
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("catalog");
        var header = ImportSteps.Header.Split(',');
        string[] values = [code, code + "-1", "电热水壶", "Electric kettle", "Ấm đun nước", "capacity", "1.7L", "89.00", "45", "1200", "", "", "", "6901234567892", "8516710000", "CN", "", "", ""];
        for (var i = 0; i < header.Length; i++)
        {
            sheet.Cell(1, i + 1).Value = header[i];
            sheet.Cell(2, i + 1).Value = values[i];
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var import = await ImportSteps.WaitAsync(admin, await ImportSteps.UploadAsync(admin, "catalog.xlsx", stream.ToArray()));

        Assert.Equal("Succeeded", import.GetProperty("status").GetString());
        Assert.Equal(1, (await admin.GetAsync<JsonElement>($"/api/products?search={code}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_NotACatalogFile_IsRefusedOrFailsWithReason()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());

        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "photo.png" } };
        await HubClient.ProblemAsync(await admin.Http.PostAsync("/api/catalog/imports", form), System.Net.HttpStatusCode.BadRequest);

        var import = await ImportSteps.WaitAsync(admin, await ImportSteps.UploadAsync(admin, "broken.xlsx", [1, 2, 3, 4]));
        Assert.Equal("Failed", import.GetProperty("status").GetString());
        Assert.Contains("cannot be read", import.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_PushesProgressOverSignalR()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var received = new ConcurrentQueue<CatalogImportProgress>();
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(hub.Factory.Server.BaseAddress, "/hubs/merchant"), o =>
            {
                o.HttpMessageHandlerFactory = _ => hub.Factory.Server.CreateHandler();
                o.AccessTokenProvider = () => Task.FromResult(admin.AccessToken);
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        connection.On<CatalogImportProgress>(nameof(IMerchantClient.ImportProgress), received.Enqueue);
        await connection.StartAsync();
        var code = Products.Unique("SIG");

        var id = await ImportSteps.UploadAsync(admin, "c.csv", ImportSteps.Csv(ImportSteps.Row(code, code + "-1")));
        await ImportSteps.WaitAsync(admin, id);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!received.Any(p => p.ImportId == id && p.Status == "Succeeded") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Contains(received, p => p.ImportId == id && p.Status == "Succeeded" && p.Total == 1);
    }
}
