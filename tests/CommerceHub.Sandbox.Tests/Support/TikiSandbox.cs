using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Sandbox.Platforms.Tiki;
using Microsoft.Extensions.Configuration;

namespace CommerceHub.Sandbox.Tests.Support;

/// <summary>A fresh in-process Tiki sandbox on a free port, with two apps and two sellers, and a small Bearer-token client.</summary>
internal sealed class TikiSandbox : IAsyncDisposable
{
    public const string ClientId = "tiki-test-client";
    public const string ClientSecret = "tiki-test-secret";
    public const string OtherClientId = "tiki-other-client";
    public const string OtherSecret = "tiki-other-secret";
    public const string SellerA = "1000001";
    public const string SellerB = "1000002";

    private TikiSandbox(SandboxHost host, HttpClient http)
    {
        Host = host;
        Http = http;
    }

    public SandboxHost Host { get; }

    public HttpClient Http { get; }

    public static async Task<TikiSandbox> StartAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:Tiki:Port"] = "0",
            ["Sandbox:Platforms:Tiki:Apps:0:AppId"] = ClientId,
            ["Sandbox:Platforms:Tiki:Apps:0:AppSecret"] = ClientSecret,
            ["Sandbox:Platforms:Tiki:Apps:1:AppId"] = OtherClientId,
            ["Sandbox:Platforms:Tiki:Apps:1:AppSecret"] = OtherSecret,
            ["Sandbox:Platforms:Tiki:Shops:0:ShopId"] = SellerA,
            ["Sandbox:Platforms:Tiki:Shops:0:Region"] = "VN",
            ["Sandbox:Platforms:Tiki:Shops:0:Name"] = "Test Seller A",
            ["Sandbox:Platforms:Tiki:Shops:1:ShopId"] = SellerB,
            ["Sandbox:Platforms:Tiki:Shops:1:Region"] = "VN",
            ["Sandbox:Platforms:Tiki:Shops:1:Name"] = "Test Seller B",
            ["Sandbox:Platforms:Tiki:RateLimit:PermitsPerWindow"] = "100000",
        };
        var host = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), [new TikiPlatform()]);
        await host.StartAsync();
        return new TikiSandbox(host, new HttpClient { BaseAddress = host.BaseUrl("Tiki"), Timeout = TimeSpan.FromSeconds(20) });
    }

    public async Task<JsonElement> AdminAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, "/__admin" + path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>POST /sc/oauth2/token; the client authenticates with HTTP Basic unless <paramref name="secretInBody"/>.</summary>
    public async Task<TikiResponse> TokenAsync(IDictionary<string, string> form, string clientId = ClientId, string secret = ClientSecret, bool secretInBody = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sc/oauth2/token");
        var fields = new Dictionary<string, string>(form);
        if (secretInBody)
        {
            fields["client_id"] = clientId;
            fields["client_secret"] = secret;
        }
        else
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}")));
        }

        request.Content = new FormUrlEncodedContent(fields);
        return await ReadAsync(request);
    }

    /// <summary>Headless consent through the admin API, then the real authorization_code exchange; returns (access, refresh).</summary>
    public async Task<(string Access, string Refresh)> AuthorizeSellerAsync(string sellerId, string clientId = ClientId, string secret = ClientSecret)
    {
        var code = (await AdminAsync(HttpMethod.Post, "/auth/code", new { shopId = sellerId, appId = clientId })).GetProperty("code").GetString()!;
        var token = (await TokenAsync(new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = "https://hub.example/cb" }, clientId, secret)).EnsureOk();
        return (token.Json.GetProperty("access_token").GetString()!, token.Json.GetProperty("refresh_token").GetString()!);
    }

    public async Task<string> AppTokenAsync(string clientId = ClientId, string secret = ClientSecret) =>
        (await TokenAsync(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, clientId, secret)).EnsureOk()
            .Json.GetProperty("access_token").GetString()!;

    public async Task<TikiResponse> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await ReadAsync(request);
    }

    /// <summary>Creates a product request with one variant per stock value and lets the clock run until it is approved.</summary>
    public async Task<long[]> AddProductsAsync(string token, long price, params int[] stocks)
    {
        var created = (await SendAsync(HttpMethod.Post, "/integration/v2.1/requests", token, ProductRequest(price, stocks))).EnsureOk();
        Host.Clock.Advance(TimeSpan.FromMinutes(5));
        var request = (await SendAsync(HttpMethod.Get, $"/integration/v2/requests/{created.Json.GetProperty("track_id").GetString()}", token, null)).EnsureOk();
        Assert.Equal("approved", request.Json.GetProperty("state").GetString());
        return [.. request.Json.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("product_id").GetInt64())];
    }

    public static object ProductRequest(long price, params int[] stocks) => new
    {
        category_id = 1789,
        name = "Áo thun cotton",
        description = "Hàng thử nghiệm",
        option_attributes = new[] { "size" },
        variants = stocks.Select((stock, i) => new
        {
            sku = string.Create(CultureInfo.InvariantCulture, $"SKU-{i}"),
            option1 = string.Create(CultureInfo.InvariantCulture, $"S{i}"),
            price,
            inventory_type = "dropship",
            seller_warehouse = "1034",
            warehouse_quantities = new[] { new { warehouse_id = 1034, qty_available = stock } },
        }).ToArray(),
    };

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.StopAsync();
        await Host.DisposeAsync();
    }

    private async Task<TikiResponse> ReadAsync(HttpRequestMessage request)
    {
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new TikiResponse(response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
