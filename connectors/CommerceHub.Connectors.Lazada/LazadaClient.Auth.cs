using CommerceHub.Connectors.Lazada.Dtos;
using RestSharp;

namespace CommerceHub.Connectors.Lazada;

internal sealed partial class LazadaClient
{
    public const string TokenCreatePath = "/auth/token/create";
    public const string TokenRefreshPath = "/auth/token/refresh";

    /// <summary>The seller's consent link; Lazada sends the seller back with code (and state).</summary>
    public Uri AuthorizationUrl(Uri redirect, string? state)
    {
        var query = $"response_type=code&force_auth=true&redirect_uri={Uri.EscapeDataString(redirect.ToString())}&client_id={Uri.EscapeDataString(Options.AppKey)}";
        if (state is not null)
        {
            query += "&state=" + Uri.EscapeDataString(state);
        }

        return new UriBuilder(Options.AuthorizeUrl) { Query = query }.Uri;
    }

    public Task<TokenResponse> CreateTokenAsync(string code, CancellationToken ct) =>
        SendAsync<TokenResponse>(auth, new RestRequest(TokenCreatePath, Method.Post).AddParameter("code", code), Body.TopLevel, ct);

    public Task<TokenResponse> RefreshTokenAsync(string refreshToken, CancellationToken ct) =>
        SendAsync<TokenResponse>(auth, new RestRequest(TokenRefreshPath, Method.Post).AddParameter("refresh_token", refreshToken), Body.TopLevel, ct);
}
