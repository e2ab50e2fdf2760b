using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Sandbox.Platforms.Taobao;
using Microsoft.Extensions.Configuration;

namespace CommerceHub.Sandbox.Tests.Support;

internal sealed record TaobaoResponse(int HttpStatus, string Raw, JsonElement Json)
{
    public int? ErrorCode => Json.TryGetProperty("error_response", out var error) ? error.GetProperty("code").GetInt32() : null;

    public string? SubCode => Json.TryGetProperty("error_response", out var error) && error.TryGetProperty("sub_code", out var sub) ? sub.GetString() : null;

    public JsonElement Body(string method)
    {
        Assert.True(ErrorCode is null, $"Taobao error: {Raw}");
        return Json.GetProperty(method["taobao.".Length..].Replace('.', '_') + "_response");
    }
}

/// <summary>A fresh in-process Taobao sandbox on a free port with one app and two sellers, and a router client signing independently.</summary>
internal sealed class TaobaoSandbox : IAsyncDisposable
{
    public const string AppKey = "12345678";
    public const string AppSecret = "taobao-test-secret";
    public const string SellerA = "2200000001";
    public const string SellerB = "2200000002";

    private TaobaoSandbox(SandboxHost host, HttpClient http)
    {
        Host = host;
        Http = http;
    }

    public SandboxHost Host { get; }

    public HttpClient Http { get; }

    public Dictionary<string, string> Sessions { get; } = [];

    public static async Task<TaobaoSandbox> StartAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:Taobao:Port"] = "0",
            ["Sandbox:Platforms:Taobao:Apps:0:AppId"] = AppKey,
            ["Sandbox:Platforms:Taobao:Apps:0:AppSecret"] = AppSecret,
            ["Sandbox:Platforms:Taobao:Shops:0:ShopId"] = SellerA,
            ["Sandbox:Platforms:Taobao:Shops:0:Region"] = "CN",
            ["Sandbox:Platforms:Taobao:Shops:0:Name"] = "测试旗舰店",
            ["Sandbox:Platforms:Taobao:Shops:1:ShopId"] = SellerB,
            ["Sandbox:Platforms:Taobao:Shops:1:Region"] = "CN",
            ["Sandbox:Platforms:Taobao:Shops:1:Name"] = "测试专营店",
            ["Sandbox:Platforms:Taobao:RateLimit:PermitsPerWindow"] = "100000",
        };
        var host = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), [new TaobaoPlatform()]);
        await host.StartAsync();
        return new TaobaoSandbox(host, new HttpClient { BaseAddress = host.BaseUrl("Taobao"), Timeout = TimeSpan.FromSeconds(20) });
    }

    public string Time(TimeSpan? shift = null) =>
        (Host.Clock.GetUtcNow() + (shift ?? TimeSpan.Zero)).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public async Task<JsonElement> AdminAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, "/__admin" + path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<(int Status, JsonElement Json)> TokenAsync(IDictionary<string, string> form)
    {
        var all = new Dictionary<string, string>(form) { ["client_id"] = AppKey, ["client_secret"] = AppSecret };
        using var response = await Http.PostAsync("/token", new FormUrlEncodedContent(all));
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public async Task<JsonElement> AuthorizeAsync(string sellerId)
    {
        var code = (await AdminAsync(HttpMethod.Post, "/auth/code", new { shopId = sellerId })).GetProperty("code").GetString()!;
        var (status, token) = await TokenAsync(new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code });
        Assert.Equal(200, status);
        Sessions[sellerId] = token.GetProperty("access_token").GetString()!;
        return token;
    }

    /// <summary>System and business parameters of one call, unsigned, so tests can change them before signing or sending.</summary>
    public Dictionary<string, string> Parameters(string method, IDictionary<string, string> business, string sellerId = SellerA, string signMethod = "md5", string? timestamp = null) =>
        new(business)
        {
            ["method"] = method,
            ["app_key"] = AppKey,
            ["session"] = Sessions[sellerId],
            ["timestamp"] = timestamp ?? Time(),
            ["format"] = "json",
            ["v"] = "2.0",
            ["sign_method"] = signMethod,
        };

    public Task<TaobaoResponse> CallAsync(string method, IDictionary<string, string> business, string sellerId = SellerA) =>
        SendAsync(Signed(Parameters(method, business, sellerId)));

    public static Dictionary<string, string> Signed(Dictionary<string, string> parameters)
    {
        parameters["sign"] = IndependentTaobaoSigner.Sign(AppSecret, parameters);
        return parameters;
    }

    public async Task<TaobaoResponse> SendAsync(IDictionary<string, string> parameters)
    {
        using var response = await Http.PostAsync("/router/rest", new FormUrlEncodedContent(parameters));
        var raw = await response.Content.ReadAsStringAsync();
        return new TaobaoResponse((int)response.StatusCode, raw, JsonDocument.Parse(raw).RootElement.Clone());
    }

    public async Task<long> AddItemAsync(int num, string price = "128.00", string title = "纯棉短袖T恤 白色", string sellerId = SellerA) =>
        (await CallAsync("taobao.item.add", new Dictionary<string, string> { ["num"] = $"{num}", ["price"] = price, ["title"] = title, ["cid"] = "50000436", ["type"] = "fixed" }, sellerId))
            .Body("taobao.item.add").GetProperty("item").GetProperty("num_iid").GetInt64();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.StopAsync();
        await Host.DisposeAsync();
    }
}
