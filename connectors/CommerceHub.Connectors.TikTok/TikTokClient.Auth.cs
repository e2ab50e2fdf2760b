using CommerceHub.Connectors.TikTok.Dtos;
using RestSharp;

namespace CommerceHub.Connectors.TikTok;

internal sealed partial class TikTokClient
{
    public const string TokenGetPath = "/api/v2/token/get";
    public const string TokenRefreshPath = "/api/v2/token/refresh";
    public const string AuthorizedShopsPath = "/authorization/202309/shops";

    /// <summary>The legacy consent link; TikTok sends the seller back with code and state.</summary>
    public Uri AuthorizationUrl(Uri redirect, string? state)
    {
        var query = $"app_key={Uri.EscapeDataString(Options.AppKey)}&state={Uri.EscapeDataString(state ?? "")}&redirect_uri={Uri.EscapeDataString(redirect.ToString())}";
        return new UriBuilder(new Uri(Options.AuthBaseUrl, "/oauth/authorize")) { Query = query }.Uri;
    }

    /// <summary>A GET with the app secret in the query (TikTok's design): never log this request's URL.</summary>
    public Task<TokenData> GetTokenAsync(string code, CancellationToken ct) =>
        SendAsync<TokenData>(TokenRequest(TokenGetPath).AddQueryParameter("auth_code", code).AddQueryParameter("grant_type", "authorized_code"), TokenGetPath, ct);

    public Task<TokenData> RefreshTokenAsync(string refreshToken, CancellationToken ct) =>
        SendAsync<TokenData>(TokenRequest(TokenRefreshPath).AddQueryParameter("refresh_token", refreshToken).AddQueryParameter("grant_type", "refresh_token"), TokenRefreshPath, ct);

    /// <summary>Seller-level: the token only, no shop_cipher (TikTok refuses one here).</summary>
    public Task<AuthorizedShopsData> GetAuthorizedShopsAsync(string accessToken, CancellationToken ct) =>
        SendAsync<AuthorizedShopsData>(new RestRequest(AuthorizedShopsPath).AddHeader(TokenHeader, accessToken), AuthorizedShopsPath, ct);

    private RestRequest TokenRequest(string path) =>
        new RestRequest(new Uri(Options.AuthBaseUrl, path))
            .AddQueryParameter("app_key", Options.AppKey)
            .AddQueryParameter("app_secret", Options.AppSecret);
}
