using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Sandbox.Platforms.Douyin;
using Microsoft.Extensions.Configuration;

namespace CommerceHub.Sandbox.Tests.Support;

internal sealed record DouyinResponse(int HttpStatus, string Raw, JsonElement Json)
{
    public int Code => Json.GetProperty("code").GetInt32();

    public string SubCode => Json.GetProperty("sub_code").GetString() ?? "";

    public JsonElement Data
    {
        get
        {
            Assert.True(Code == 10000, $"Douyin error: {Raw}");
            return Json.GetProperty("data");
        }
    }
}

/// <summary>A fresh in-process Douyin sandbox on a free port with one app and two shops, and a client signing independently.</summary>
internal sealed class DouyinSandbox : IAsyncDisposable
{
    public const string AppKey = "7000000000000000001";
    public const string AppSecret = "douyin-test-app-secret";
    public const string ShopA = "80000001";
    public const string ShopB = "80000002";

    private DouyinSandbox(SandboxHost host, HttpClient http)
    {
        Host = host;
        Http = http;
    }

    public SandboxHost Host { get; }

    public HttpClient Http { get; }

    public Dictionary<string, string> Tokens { get; } = [];

    public Dictionary<string, string> RefreshTokens { get; } = [];

    public static async Task<DouyinSandbox> StartAsync(IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:Douyin:Port"] = "0",
            ["Sandbox:Platforms:Douyin:Apps:0:AppId"] = AppKey,
            ["Sandbox:Platforms:Douyin:Apps:0:AppSecret"] = AppSecret,
            ["Sandbox:Platforms:Douyin:Shops:0:ShopId"] = ShopA,
            ["Sandbox:Platforms:Douyin:Shops:0:Region"] = "CN",
            ["Sandbox:Platforms:Douyin:Shops:0:Name"] = "抖店测试店A",
            ["Sandbox:Platforms:Douyin:Shops:1:ShopId"] = ShopB,
            ["Sandbox:Platforms:Douyin:Shops:1:Region"] = "CN",
            ["Sandbox:Platforms:Douyin:Shops:1:Name"] = "抖店测试店B",
            ["Sandbox:Platforms:Douyin:RateLimit:PermitsPerWindow"] = "100000",
            ["Sandbox:Platforms:Douyin:Webhooks:MaxAttempts"] = "3",
            ["Sandbox:Platforms:Douyin:Webhooks:FirstRetryDelayMs"] = "50",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), [new DouyinPlatform()]);
        await host.StartAsync();
        return new DouyinSandbox(host, new HttpClient { BaseAddress = host.BaseUrl("Douyin"), Timeout = TimeSpan.FromSeconds(20) });
    }

    public string Now(TimeSpan? shift = null) => (Host.Clock.GetUtcNow() + (shift ?? TimeSpan.Zero)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public async Task<JsonElement> AdminAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, "/__admin" + path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"admin {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<string> AuthorizeAsync(string shopId)
    {
        var code = (await AdminAsync(HttpMethod.Post, "/auth/code", new { shopId })).GetProperty("code").GetString()!;
        var data = (await CallAsync("token.create", new { code, grant_type = "authorization_code" }, shopId: null)).Data;
        RefreshTokens[shopId] = data.GetProperty("refresh_token").GetString()!;
        return Tokens[shopId] = data.GetProperty("access_token").GetString()!;
    }

    public async Task<(long ProductId, long[] SkuIds)> AddProductAsync(string shopId, string name, params (string Code, decimal Price, int Stock)[] skus)
    {
        var result = await AdminAsync(HttpMethod.Post, "/douyin/products", new
        {
            shopId,
            name,
            skus = skus.Select(s => new { code = s.Code, spec = "颜色:白色", price = s.Price, stock = s.Stock }),
        });
        return (result.GetProperty("productId").GetInt64(), [.. result.GetProperty("skus").EnumerateArray().Select(s => s.GetProperty("skuId").GetInt64())]);
    }

    /// <summary>The query of one call, signed over the sorted JSON; tests change pieces before sending to check the gate.</summary>
    public Dictionary<string, string> Query(string method, string paramJson, string? shopId, string signMethod = "md5", string? timestamp = null)
    {
        var query = new Dictionary<string, string>
        {
            ["app_key"] = AppKey,
            ["method"] = method,
            ["timestamp"] = timestamp ?? Now(),
            ["v"] = "2",
            ["sign_method"] = signMethod,
        };
        if (shopId is not null)
        {
            query["access_token"] = Tokens[shopId];
        }

        query["sign"] = IndependentDouyinSigner.Sign(AppSecret, AppKey, method, paramJson, query["timestamp"], signMethod);
        return query;
    }

    public Task<DouyinResponse> CallAsync(string method, object param, string? shopId = ShopA, string signMethod = "md5")
    {
        var json = IndependentDouyinSigner.SortedJson(JsonSerializer.SerializeToNode(param));
        return SendAsync(method, Query(method, json, shopId, signMethod), json);
    }

    public async Task<DouyinResponse> SendAsync(string method, IDictionary<string, string> query, string body)
    {
        var url = "/" + method.Replace('.', '/') + "?" + string.Join('&', query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        using var response = await Http.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        var raw = await response.Content.ReadAsStringAsync();
        return new DouyinResponse((int)response.StatusCode, raw, JsonDocument.Parse(raw).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.StopAsync();
        await Host.DisposeAsync();
    }
}
