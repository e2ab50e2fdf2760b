using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Sandbox.Hosting;
using Microsoft.Extensions.Configuration;

namespace CommerceHub.Sandbox.Tests.Support;

/// <summary>A fresh in-process Lazada sandbox on a free port per test: a test app, an online app, VN and TH sellers.</summary>
internal sealed class LazadaSandbox : IAsyncDisposable
{
    public const string AppKey = "500101";
    public const string AppSecret = "test-lazada-app-secret";
    public const string OnlineAppKey = "500102";
    public const string OnlineAppSecret = "test-lazada-online-secret";
    public const string SellerVn = "1000101";
    public const string SellerTh = "1000102";

    private LazadaSandbox(SandboxHost host, HttpClient http)
    {
        Host = host;
        Http = http;
        Lazada = Client(AppKey, AppSecret);
    }

    public SandboxHost Host { get; }

    public HttpClient Http { get; }

    public LazadaTestClient Lazada { get; }

    public static async Task<LazadaSandbox> StartAsync(IDictionary<string, string?>? overrides = null)
    {
        const string p = "Sandbox:Platforms:Lazada:";
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            [p + "Port"] = "0",
            [p + "Apps:0:AppId"] = AppKey,
            [p + "Apps:0:AppSecret"] = AppSecret,
            [p + "Apps:1:AppId"] = OnlineAppKey,
            [p + "Apps:1:AppSecret"] = OnlineAppSecret,
            [p + "Apps:1:Tier"] = "Online",
            [p + "Shops:0:ShopId"] = SellerVn,
            [p + "Shops:0:Region"] = "VN",
            [p + "Shops:0:Name"] = "Test VN",
            [p + "Shops:1:ShopId"] = SellerTh,
            [p + "Shops:1:Region"] = "TH",
            [p + "Shops:1:Name"] = "Test TH",
            [p + "RateLimit:PermitsPerWindow"] = "100000",
            [p + "Webhooks:MaxAttempts"] = "4",
            [p + "Webhooks:FirstRetryDelayMs"] = "40",
            [p + "Webhooks:BackoffFactor"] = "2",
            [p + "Webhooks:TimeoutMs"] = "2000",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        await host.StartAsync();
        return new LazadaSandbox(host, new HttpClient { BaseAddress = host.BaseUrl("Lazada"), Timeout = TimeSpan.FromSeconds(20) });
    }

    public LazadaTestClient Client(string appKey, string appSecret) =>
        new(Http, () => Host.Clock.GetUtcNow().ToUnixTimeMilliseconds(), appKey, appSecret);

    public async Task<JsonElement> AdminAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, "/__admin" + path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Creates a product with one SKU per stock value through /product/create (JSON payload); returns the ids.</summary>
    public async Task<(long ItemId, long[] SkuIds)> AddProductAsync(string sellerId, params int[] stocks)
    {
        var prefix = Guid.NewGuid().ToString("N")[..6];
        var payload = JsonSerializer.Serialize(new
        {
            Request = new
            {
                Product = new
                {
                    PrimaryCategory = "10002019",
                    Attributes = new { name = "Test shirt", brand = "No Brand" },
                    Skus = new { Sku = stocks.Select((stock, i) => new { SellerSku = $"{prefix}-{i}", quantity = stock.ToString(CultureInfo.InvariantCulture), price = "150000" }) },
                },
            },
        });
        var data = (await Lazada.PostAsync("/product/create", sellerId, ("payload", payload))).EnsureOk().Data;
        return (data.GetProperty("item_id").GetInt64(), [.. data.GetProperty("sku_list").EnumerateArray().Select(s => s.GetProperty("sku_id").GetInt64())]);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.StopAsync();
        await Host.DisposeAsync();
    }
}
