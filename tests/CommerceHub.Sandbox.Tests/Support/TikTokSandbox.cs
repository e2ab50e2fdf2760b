using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Sandbox.Hosting;
using Microsoft.Extensions.Configuration;

namespace CommerceHub.Sandbox.Tests.Support;

/// <summary>A fresh in-process TikTok Shop sandbox on a free port per test, with a VN and a TH shop.</summary>
internal sealed class TikTokSandbox : IAsyncDisposable
{
    public const string AppKey = "6a1b2c3d4e5f6";
    public const string AppSecret = "test-tiktok-app-secret";
    public const string ShopVn = "7494000000000000101";
    public const string ShopTh = "7494000000000000102";

    private TikTokSandbox(SandboxHost host, HttpClient http)
    {
        Host = host;
        Http = http;
        TikTok = new TikTokTestClient(http, () => host.Clock.UnixSeconds, AppKey, AppSecret);
    }

    public SandboxHost Host { get; }

    public HttpClient Http { get; }

    public TikTokTestClient TikTok { get; }

    public static async Task<TikTokSandbox> StartAsync()
    {
        const string p = "Sandbox:Platforms:TikTok:";
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            [p + "Port"] = "0",
            [p + "Apps:0:AppId"] = AppKey,
            [p + "Apps:0:AppSecret"] = AppSecret,
            [p + "Shops:0:ShopId"] = ShopVn,
            [p + "Shops:0:Region"] = "VN",
            [p + "Shops:0:Name"] = "Test VN",
            [p + "Shops:1:ShopId"] = ShopTh,
            [p + "Shops:1:Region"] = "TH",
            [p + "Shops:1:Name"] = "Test TH",
            [p + "RateLimit:PermitsPerWindow"] = "100000",
            [p + "Webhooks:MaxAttempts"] = "4",
            [p + "Webhooks:FirstRetryDelayMs"] = "40",
            [p + "Webhooks:BackoffFactor"] = "2",
            [p + "Webhooks:TimeoutMs"] = "2000",
        };
        var host = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        await host.StartAsync();
        return new TikTokSandbox(host, new HttpClient { BaseAddress = host.BaseUrl("TikTok"), Timeout = TimeSpan.FromSeconds(20) });
    }

    public async Task<JsonElement> AdminAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, "/__admin" + path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Creates an active product with one SKU per stock value in the shop's warehouse; returns the ids.</summary>
    public async Task<(string ProductId, string[] SkuIds)> AddProductAsync(string shopId, params int[] stocks)
    {
        var currency = shopId == ShopTh ? "THB" : "VND";
        var data = (await TikTok.PostAsync("/product/202309/products", shopId, new
        {
            title = "Test shirt",
            description = "<p>Sandbox</p>",
            category_id = "600001",
            main_images = new[] { new { uri = "tos-maliva-i-o3syd03w52-us/c668cdf70b7f483c94dbe" } },
            skus = stocks.Select((stock, i) => new
            {
                seller_sku = $"TT-{i}",
                price = new { amount = "150000", currency },
                inventory = new[] { new { quantity = stock } },
                sales_attributes = new[] { new { name = "Size", value_name = $"S{i}" } },
            }),
        })).EnsureOk().Data;
        return (data.GetProperty("product_id").GetString()!, [.. data.GetProperty("skus").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)]);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.StopAsync();
        await Host.DisposeAsync();
    }
}
