using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Sandbox.Platforms.JD;
using Microsoft.Extensions.Configuration;

namespace CommerceHub.Sandbox.Tests.Support;

internal sealed record JDResponse(int HttpStatus, string Raw, JsonElement Json)
{
    public string? ErrorCode => Json.TryGetProperty("error_response", out var error) ? error.GetProperty("code").GetString() : null;

    public JsonElement Body(string method)
    {
        Assert.True(ErrorCode is null, $"JD error: {Raw}");
        var body = Json.GetProperty(method.Replace('.', '_') + "_responce");
        Assert.Equal("0", body.GetProperty("code").GetString());
        return body;
    }
}

/// <summary>A fresh in-process JD sandbox on a free port with one app and two sellers, and a router client signing independently.</summary>
internal sealed class JDSandbox : IAsyncDisposable
{
    public const string AppKey = "jd-test-app-key";
    public const string AppSecret = "jd-test-app-secret";
    public const string VenderA = "700001";
    public const string VenderB = "700002";

    private JDSandbox(SandboxHost host, HttpClient http)
    {
        Host = host;
        Http = http;
    }

    public SandboxHost Host { get; }

    public HttpClient Http { get; }

    public Dictionary<string, string> Tokens { get; } = [];

    public static async Task<JDSandbox> StartAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:JD:Port"] = "0",
            ["Sandbox:Platforms:JD:Apps:0:AppId"] = AppKey,
            ["Sandbox:Platforms:JD:Apps:0:AppSecret"] = AppSecret,
            ["Sandbox:Platforms:JD:Shops:0:ShopId"] = VenderA,
            ["Sandbox:Platforms:JD:Shops:0:Region"] = "CN",
            ["Sandbox:Platforms:JD:Shops:0:Name"] = "测试店铺A",
            ["Sandbox:Platforms:JD:Shops:1:ShopId"] = VenderB,
            ["Sandbox:Platforms:JD:Shops:1:Region"] = "CN",
            ["Sandbox:Platforms:JD:Shops:1:Name"] = "测试店铺B",
            ["Sandbox:Platforms:JD:RateLimit:PermitsPerWindow"] = "100000",
        };
        var host = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), [new JDPlatform()]);
        await host.StartAsync();
        return new JDSandbox(host, new HttpClient { BaseAddress = host.BaseUrl("JD"), Timeout = TimeSpan.FromSeconds(20) });
    }

    public string Now(TimeSpan? shift = null) =>
        (Host.Clock.GetUtcNow() + (shift ?? TimeSpan.Zero)).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public async Task<JsonElement> AdminAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path.StartsWith("/__admin", StringComparison.Ordinal) ? path : "/__admin" + path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> TokenAsync(string path, IDictionary<string, string> query)
    {
        var all = new Dictionary<string, string>(query) { ["app_key"] = AppKey, ["app_secret"] = AppSecret };
        return await Http.GetFromJsonAsync<JsonElement>(path + "?" + string.Join('&', all.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")));
    }

    public async Task<string> AuthorizeAsync(string venderId)
    {
        var code = (await AdminAsync(HttpMethod.Post, "/auth/code", new { shopId = venderId })).GetProperty("code").GetString()!;
        var token = await TokenAsync("/oauth2/access_token", new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code });
        Assert.Equal(0, token.GetProperty("code").GetInt32());
        return Tokens[venderId] = token.GetProperty("access_token").GetString()!;
    }

    public async Task<long> AddSkuAsync(string venderId, decimal price, int stock, string name = "纯棉T恤 白色 XL") =>
        (await AdminAsync(HttpMethod.Post, "/__admin/jd/skus", new { shopId = venderId, name, price, stock })).GetProperty("skuId").GetInt64();

    /// <summary>The signed system parameters of one call; tests change them before sending to check the gate.</summary>
    public Dictionary<string, string> Parameters(string method, object business, string venderId, string? timestamp = null) => new()
    {
        ["method"] = method,
        ["app_key"] = AppKey,
        ["access_token"] = Tokens[venderId],
        ["timestamp"] = timestamp ?? Now(),
        ["v"] = "2.0",
        ["360buy_param_json"] = JsonSerializer.Serialize(business),
    };

    public Task<JDResponse> CallAsync(string method, object business, string venderId = VenderA) => SendAsync(Signed(Parameters(method, business, venderId)));

    public static Dictionary<string, string> Signed(Dictionary<string, string> parameters)
    {
        parameters["sign"] = IndependentJDSigner.Sign(AppSecret, parameters);
        return parameters;
    }

    public async Task<JDResponse> SendAsync(IDictionary<string, string> parameters)
    {
        using var response = await Http.PostAsync("/routerjson", new FormUrlEncodedContent(parameters));
        var raw = await response.Content.ReadAsStringAsync();
        return new JDResponse((int)response.StatusCode, raw, JsonDocument.Parse(raw).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.StopAsync();
        await Host.DisposeAsync();
    }
}
