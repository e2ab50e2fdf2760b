using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CommerceHub.HubApi.Tests.Infrastructure;

public static class ImportSteps
{
    public const string Header =
        "product_code,sku,title_zh-CN,title_en,title_vi,option1_name,option1_value,price_cny,cost_cny,weight_g,length_mm,width_mm,height_mm,barcode,hs_code,origin,brand,category,image_urls";

    public static string Row(string code, string sku, string price = "29.90", string hs = "6109100000", string title = "\"棉袜, 5双装\"") =>
        $"{code},{sku},{title},\"Cotton socks, 5 pairs\",Tất cotton,colour,white,{price},9.50,250,200,100,50,6901234567892,{hs},CN,Youyi,Clothing/Socks,https://img.example.com/s/1.jpg|https://img.example.com/s/2.jpg";

    public static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n");

    public static async Task<Guid> UploadAsync(HubClient client, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        var response = await client.Http.PostAsync("/api/catalog/imports", form);
        await HubClient.EnsureAsync(response, HttpStatusCode.Accepted);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Polls the import until it leaves Queued/Running (Hangfire polls every second).</summary>
    public static async Task<JsonElement> WaitAsync(HubClient client, Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var import = await client.GetAsync<JsonElement>($"/api/catalog/imports/{id}");
            if (import.GetProperty("status").GetString() is not ("Queued" or "Running"))
            {
                return import;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Import {id} did not finish.");
    }
}
