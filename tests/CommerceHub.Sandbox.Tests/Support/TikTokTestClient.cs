using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CommerceHub.Sandbox.Tests.Support;

internal sealed record TikTokResponse(HttpStatusCode Status, JsonElement Json)
{
    public int Code => Json.GetProperty("code").GetInt32();

    public string Message => Json.GetProperty("message").GetString() ?? "";

    public JsonElement Data => Json.GetProperty("data");

    public TikTokResponse EnsureOk()
    {
        Assert.True(Code == 0, $"TikTok error {Code}: {Message}");
        Assert.Equal(HttpStatusCode.OK, Status);
        return this;
    }
}

/// <summary>A minimal TikTok Shop client for the tests: signs with <see cref="IndependentTikTokSigner"/>, keeps tokens and ciphers per shop.</summary>
internal sealed class TikTokTestClient(HttpClient http, Func<long> unixNow, string appKey, string appSecret)
{
    public Dictionary<string, (string Access, string Refresh)> Tokens { get; } = [];

    public Dictionary<string, string> Ciphers { get; } = [];

    /// <summary>The signed URL; shopId adds that shop's cipher, null leaves it out (seller-level APIs).</summary>
    public string Url(string path, string? shopId, string body = "", long? timestamp = null, params (string Name, string Value)[] extra)
    {
        var query = new Dictionary<string, string>
        {
            ["app_key"] = appKey,
            ["timestamp"] = (timestamp ?? unixNow()).ToString(CultureInfo.InvariantCulture),
        };
        if (shopId is not null)
        {
            query["shop_cipher"] = Ciphers[shopId];
        }

        foreach (var (name, value) in extra)
        {
            query[name] = value;
        }

        query["sign"] = IndependentTikTokSigner.Sign(appSecret, path, query, body);
        return path + "?" + string.Join('&', query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
    }

    public Task<TikTokResponse> PostAsync(string path, string shopId, object? body, params (string Name, string Value)[] query)
    {
        var json = body is null ? "" : JsonSerializer.Serialize(body);
        return SendAsync(HttpMethod.Post, Url(path, shopId, json, null, query), json, Tokens[shopId].Access);
    }

    /// <summary>A signed shop call with any method; a null body sends none.</summary>
    public Task<TikTokResponse> CallAsync(HttpMethod method, string path, string shopId, object? body)
    {
        var json = body is null ? null : JsonSerializer.Serialize(body);
        return SendAsync(method, Url(path, shopId, json ?? ""), json, Tokens[shopId].Access);
    }

    public Task<TikTokResponse> GetAsync(string path, string? shopId, string tokenShop, params (string Name, string Value)[] query) =>
        SendAsync(HttpMethod.Get, Url(path, shopId, "", null, query), null, Tokens[tokenShop].Access);

    public async Task<TikTokResponse> SendAsync(HttpMethod method, string url, string? body, string? accessToken)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (accessToken is not null)
        {
            request.Headers.Add("x-tts-access-token", accessToken);
        }

        using var response = await http.SendAsync(request);
        return new TikTokResponse(response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>Headless OAuth: a code from the admin API, the real token exchange, then Get Authorized Shops for the cipher.</summary>
    public async Task<TikTokResponse> AuthorizeAsync(string shopId)
    {
        using var codeResponse = await http.PostAsJsonAsync("/__admin/auth/code", new { shopId, appId = appKey });
        codeResponse.EnsureSuccessStatusCode();
        var code = (await codeResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var result = await ExchangeCodeAsync(shopId, code);
        var shops = (await GetAsync("/authorization/202309/shops", null, shopId)).EnsureOk();
        Ciphers[shopId] = shops.Data.GetProperty("shops")[0].GetProperty("cipher").GetString()!;
        return result;
    }

    public async Task<TikTokResponse> ExchangeCodeAsync(string shopId, string code) =>
        Keep(shopId, await SendAsync(HttpMethod.Get, $"/api/v2/token/get?app_key={appKey}&app_secret={appSecret}&auth_code={code}&grant_type=authorized_code", null, null));

    public async Task<TikTokResponse> RefreshAsync(string shopId, string refreshToken) =>
        Keep(shopId, await SendAsync(HttpMethod.Get, $"/api/v2/token/refresh?app_key={appKey}&app_secret={appSecret}&refresh_token={refreshToken}&grant_type=refresh_token", null, null));

    private TikTokResponse Keep(string shopId, TikTokResponse result)
    {
        if (result.Code == 0)
        {
            Tokens[shopId] = (result.Data.GetProperty("access_token").GetString()!, result.Data.GetProperty("refresh_token").GetString()!);
        }

        return result;
    }
}
