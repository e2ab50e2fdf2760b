using System.Text;
using CommerceHub.Connectors.Tiki.Dtos;
using RestSharp;

namespace CommerceHub.Connectors.Tiki;

internal sealed partial class TikiClient
{
    public const string AuthorizePath = "/sc/oauth2/auth";
    public const string TokenPath = "/sc/oauth2/token";

    /// <summary>The seller's consent link (authorization-code flow).</summary>
    public Uri AuthorizationUrl(Uri redirect, string? state)
    {
        var query = $"response_type=code&client_id={Uri.EscapeDataString(Options.ClientId)}&redirect_uri={Uri.EscapeDataString(redirect.ToString())}"
            + $"&scope={Uri.EscapeDataString(Options.Scope)}" + (state is null ? "" : "&state=" + Uri.EscapeDataString(state));
        return new UriBuilder(new Uri(Options.BaseUrl, AuthorizePath)) { Query = query }.Uri;
    }

    public Task<TokenResponse> ExchangeCodeAsync(string code, Uri? redirectUri, CancellationToken ct)
    {
        var request = TokenRequest("authorization_code").AddParameter("code", code);
        if (redirectUri is not null)
        {
            request.AddParameter("redirect_uri", redirectUri.ToString());
        }

        return SendAsync<TokenResponse>(request, ct, oauth: true);
    }

    public Task<TokenResponse> RefreshTokenAsync(string refreshToken, CancellationToken ct) =>
        SendAsync<TokenResponse>(TokenRequest("refresh_token").AddParameter("refresh_token", refreshToken), ct, oauth: true);

    /// <summary>The app's own token (no refresh token): queue management.</summary>
    public Task<TokenResponse> ClientCredentialsAsync(CancellationToken ct) =>
        SendAsync<TokenResponse>(TokenRequest("client_credentials"), ct, oauth: true);

    /// <summary>RFC 6749 §2.3.1: HTTP Basic over the form-encoded client id and secret.</summary>
    private RestRequest TokenRequest(string grantType)
    {
        var pair = Uri.EscapeDataString(Options.ClientId) + ":" + Uri.EscapeDataString(Options.ClientSecret);
        return new RestRequest(TokenPath, Method.Post)
            .AddHeader(KnownHeaders.Authorization, "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)))
            .AddParameter("grant_type", grantType);
    }
}
