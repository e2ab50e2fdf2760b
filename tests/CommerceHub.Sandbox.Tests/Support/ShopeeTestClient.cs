using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace CommerceHub.Sandbox.Tests.Support;

/// <summary>A minimal Shopee client for the tests: signs with <see cref="IndependentShopeeSigner"/>, keeps tokens per shop.</summary>
internal sealed class ShopeeTestClient(HttpClient http, Func<long> unixNow, long partnerId, string partnerKey)
{
    public Dictionary<long, (string Access, string Refresh)> Tokens { get; } = [];

    public long PartnerId => partnerId;

    public string ShopUrl(string path, long shopId, string query = "", long? timestamp = null, string? accessToken = null)
    {
        var ts = timestamp ?? unixNow();
        var token = accessToken ?? Tokens[shopId].Access;
        var sign = IndependentShopeeSigner.ShopSign(partnerKey, partnerId, path, ts, token, shopId);
        return $"{path}?partner_id={partnerId}&timestamp={ts}&access_token={token}&shop_id={shopId}&sign={sign}{Amp(query)}";
    }

    public string PublicUrl(string path, string query = "", long? timestamp = null)
    {
        var ts = timestamp ?? unixNow();
        return $"{path}?partner_id={partnerId}&timestamp={ts}&sign={IndependentShopeeSigner.PublicSign(partnerKey, partnerId, path, ts)}{Amp(query)}";
    }

    public Task<ShopeeResponse> GetAsync(string path, long shopId, string query = "") => SendAsync(HttpMethod.Get, ShopUrl(path, shopId, query), null);

    public Task<ShopeeResponse> PostAsync(string path, long shopId, object body) => SendAsync(HttpMethod.Post, ShopUrl(path, shopId), body);

    public Task<ShopeeResponse> PublicPostAsync(string path, object body) => SendAsync(HttpMethod.Post, PublicUrl(path), body);

    public Task<ShopeeResponse> PublicGetAsync(string path) => SendAsync(HttpMethod.Get, PublicUrl(path), null);

    public async Task<ShopeeResponse> SendAsync(HttpMethod method, string url, object? body)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ShopeeResponse(response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Headless OAuth: code from the admin API, then the real token/get exchange.</summary>
    public async Task<ShopeeResponse> AuthorizeAsync(long shopId)
    {
        using var codeResponse = await http.PostAsJsonAsync("/__admin/auth/code", new { shopId = shopId.ToString(CultureInfo.InvariantCulture) });
        codeResponse.EnsureSuccessStatusCode();
        var code = (await codeResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        return await ExchangeCodeAsync(shopId, code);
    }

    public async Task<ShopeeResponse> ExchangeCodeAsync(long shopId, string code)
    {
        var result = await PublicPostAsync("/api/v2/auth/token/get", new { code, partner_id = partnerId, shop_id = shopId });
        if (result.Error.Length == 0)
        {
            Tokens[shopId] = (result.Json.GetProperty("access_token").GetString()!, result.Json.GetProperty("refresh_token").GetString()!);
        }

        return result;
    }

    public async Task<ShopeeResponse> RefreshAsync(long shopId, string refreshToken)
    {
        var result = await PublicPostAsync("/api/v2/auth/access_token/get", new { refresh_token = refreshToken, partner_id = partnerId, shop_id = shopId });
        if (result.Error.Length == 0)
        {
            Tokens[shopId] = (result.Json.GetProperty("access_token").GetString()!, result.Json.GetProperty("refresh_token").GetString()!);
        }

        return result;
    }

    private static string Amp(string query) => query.Length == 0 ? "" : "&" + query;
}
