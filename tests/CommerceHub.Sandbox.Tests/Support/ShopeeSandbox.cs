using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Sandbox.Hosting;
using Microsoft.Extensions.Configuration;

namespace CommerceHub.Sandbox.Tests.Support;

/// <summary>A fresh in-process sandbox on a free port per test, with fast webhook retries and a Shopee client.</summary>
internal sealed class ShopeeSandbox : IAsyncDisposable
{
    public const long PartnerId = 2001887;
    public const string PartnerKey = "test-shopee-partner-key";
    public const long ShopVn = 600001;
    public const long ShopTh = 600002;

    private ShopeeSandbox(SandboxHost host, HttpClient http)
    {
        Host = host;
        Http = http;
        Shopee = new ShopeeTestClient(http, () => host.Clock.UnixSeconds, PartnerId, PartnerKey);
    }

    public SandboxHost Host { get; }

    public HttpClient Http { get; }

    public ShopeeTestClient Shopee { get; }

    public static async Task<ShopeeSandbox> StartAsync(IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:Shopee:Port"] = "0",
            ["Sandbox:Platforms:Shopee:Apps:0:AppId"] = PartnerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Sandbox:Platforms:Shopee:Apps:0:AppSecret"] = PartnerKey,
            ["Sandbox:Platforms:Shopee:Shops:0:ShopId"] = "600001",
            ["Sandbox:Platforms:Shopee:Shops:0:Region"] = "VN",
            ["Sandbox:Platforms:Shopee:Shops:0:Name"] = "Test VN",
            ["Sandbox:Platforms:Shopee:Shops:1:ShopId"] = "600002",
            ["Sandbox:Platforms:Shopee:Shops:1:Region"] = "TH",
            ["Sandbox:Platforms:Shopee:Shops:1:Name"] = "Test TH",
            ["Sandbox:Platforms:Shopee:RateLimit:PermitsPerWindow"] = "100000",
            ["Sandbox:Platforms:Shopee:Webhooks:MaxAttempts"] = "4",
            ["Sandbox:Platforms:Shopee:Webhooks:FirstRetryDelayMs"] = "40",
            ["Sandbox:Platforms:Shopee:Webhooks:BackoffFactor"] = "2",
            ["Sandbox:Platforms:Shopee:Webhooks:TimeoutMs"] = "2000",
            ["Sandbox:Platforms:Shopee:Webhooks:ReorderWindowMs"] = "150",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        await host.StartAsync();
        var http = new HttpClient { BaseAddress = host.BaseUrl("Shopee"), Timeout = TimeSpan.FromSeconds(20) };
        return new ShopeeSandbox(host, http);
    }

    public async Task<JsonElement> AdminAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, "/__admin" + path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Lists an item without variations and returns its item_id.</summary>
    public async Task<long> AddItemAsync(long shopId, int stock, decimal price = 150000)
    {
        var result = await Shopee.PostAsync("/api/v2/product/add_item", shopId, new
        {
            original_price = price,
            description = "Sandbox test item",
            weight = 0.5,
            item_name = "Test shirt",
            category_id = 100017,
            item_sku = "SKU-TEST",
            seller_stock = new[] { new { stock } },
        });
        return result.EnsureOk().Response.GetProperty("item_id").GetInt64();
    }

    /// <summary>Lists an item with one tier ("Size") and one model per stock value; returns the ids.</summary>
    public async Task<(long ItemId, long[] ModelIds)> AddVariantItemAsync(long shopId, params int[] stocks)
    {
        var itemId = await AddItemAsync(shopId, 0);
        var result = await Shopee.PostAsync("/api/v2/product/init_tier_variation", shopId, new
        {
            item_id = itemId,
            tier_variation = new[] { new { name = "Size", option_list = stocks.Select((_, i) => new { option = $"S{i}" }).ToArray() } },
            model = stocks.Select((stock, i) => new
            {
                tier_index = new[] { i },
                original_price = 150000,
                model_sku = $"SKU-{i}",
                seller_stock = new[] { new { stock } },
            }).ToArray(),
        });
        var models = result.EnsureOk().Response.GetProperty("model").EnumerateArray().Select(m => m.GetProperty("model_id").GetInt64()).ToArray();
        return (itemId, models);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.StopAsync();
        await Host.DisposeAsync();
    }
}
