using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CommerceHub.Sandbox.Tests.Support;

internal sealed record LazadaResponse(HttpStatusCode Status, JsonElement Json)
{
    public string Code => Json.GetProperty("code").GetString() ?? "";

    public string Type => Json.TryGetProperty("type", out var type) ? type.GetString() ?? "" : "";

    public string Message => Json.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "";

    public JsonElement Data => Json.GetProperty("data");

    public LazadaResponse EnsureOk()
    {
        Assert.True(Code == "0", $"Lazada error {Code}: {Message} {Json}");
        Assert.Equal(HttpStatusCode.OK, Status);
        return this;
    }
}

/// <summary>A minimal LazOP client for the tests: system parameters in the query, business parameters in a form body for POST.</summary>
internal sealed class LazadaTestClient(HttpClient http, Func<long> unixMs, string appKey, string appSecret)
{
    public Dictionary<string, (string Access, string Refresh)> Tokens { get; } = [];

    public Dictionary<string, string> Signed(string apiPath, string? sellerId, IEnumerable<KeyValuePair<string, string>> business, long? timestamp = null, string? accessToken = null)
    {
        var all = new Dictionary<string, string>(business)
        {
            ["app_key"] = appKey,
            ["timestamp"] = (timestamp ?? unixMs()).ToString(CultureInfo.InvariantCulture),
            ["sign_method"] = "sha256",
        };
        if ((accessToken ?? (sellerId is null ? null : Tokens[sellerId].Access)) is { } token)
        {
            all["access_token"] = token;
        }

        all["sign"] = IndependentLazadaSigner.Sign(appSecret, apiPath, all);
        return all;
    }

    public static string Url(string apiPath, IReadOnlyDictionary<string, string> query) =>
        "/rest" + apiPath + "?" + string.Join('&', query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    public Task<LazadaResponse> GetAsync(string apiPath, string sellerId, params (string Name, string Value)[] business) =>
        SendAsync(HttpMethod.Get, Url(apiPath, Signed(apiPath, sellerId, Pairs(business))), null);

    public Task<LazadaResponse> PostAsync(string apiPath, string? sellerId, params (string Name, string Value)[] business)
    {
        var all = Signed(apiPath, sellerId, Pairs(business));
        var system = all.Where(p => !business.Any(b => b.Name == p.Key)).ToDictionary();
        return SendAsync(HttpMethod.Post, Url(apiPath, system), new FormUrlEncodedContent(Pairs(business)));
    }

    public async Task<LazadaResponse> SendAsync(HttpMethod method, string url, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        using var response = await http.SendAsync(request);
        return new LazadaResponse(response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>Headless OAuth: the code from the admin API, then the real /auth/token/create.</summary>
    public async Task<LazadaResponse> AuthorizeAsync(string sellerId)
    {
        using var codeResponse = await http.PostAsJsonAsync("/__admin/auth/code", new { shopId = sellerId, appId = appKey });
        codeResponse.EnsureSuccessStatusCode();
        var code = (await codeResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        return await CreateTokenAsync(sellerId, code);
    }

    public async Task<LazadaResponse> CreateTokenAsync(string sellerId, string code) =>
        Keep(sellerId, await PostAsync("/auth/token/create", null, ("code", code)));

    public async Task<LazadaResponse> RefreshAsync(string sellerId, string refreshToken) =>
        Keep(sellerId, await PostAsync("/auth/token/refresh", null, ("refresh_token", refreshToken)));

    private LazadaResponse Keep(string sellerId, LazadaResponse result)
    {
        if (result.Code == "0")
        {
            Tokens[sellerId] = (result.Json.GetProperty("access_token").GetString()!, result.Json.GetProperty("refresh_token").GetString()!);
        }

        return result;
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs((string Name, string Value)[] pairs) =>
        pairs.Select(p => KeyValuePair.Create(p.Name, p.Value));
}
