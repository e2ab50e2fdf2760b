using System.Text.Json;
using CommerceHub.Connectors.Jd.Dtos;
using RestSharp;
using A = CommerceHub.Connectors.Jd.JdConnectorAssumptions;

namespace CommerceHub.Connectors.Jd;

internal sealed partial class JdClient
{
    /// <summary>The seller's consent link ([U] host and path, in the options).</summary>
    public Uri AuthorizationUrl(Uri redirect, string? state)
    {
        var query = $"response_type=code&app_key={Uri.EscapeDataString(Options.AppKey)}&redirect_uri={Uri.EscapeDataString(redirect.ToString())}";
        if (state is not null)
        {
            query += "&state=" + Uri.EscapeDataString(state);
        }

        return new UriBuilder(Options.AuthorizeUrl) { Query = query }.Uri;
    }

    public Task<TokenResponse> CreateTokenAsync(string code, CancellationToken ct) =>
        TokenAsync(new RestRequest(A.TokenPath, Method.Post).AddParameter("grant_type", "authorization_code").AddParameter("code", code), ct);

    public Task<TokenResponse> RefreshTokenAsync(string refreshToken, CancellationToken ct) =>
        TokenAsync(new RestRequest(A.RefreshPath, Method.Post).AddParameter("grant_type", "refresh_token").AddParameter("refresh_token", refreshToken), ct);

    /// <summary>app_key and app_secret go in the form; the answer is {code:0, access_token, ...} or {code, msg}, HTTP 200 either way.</summary>
    private async Task<TokenResponse> TokenAsync(RestRequest request, CancellationToken ct)
    {
        request.AddParameter("app_key", Options.AppKey).AddParameter("app_secret", Options.AppSecret);
        var response = await oauth.ExecuteAsync(request, ct);
        ct.ThrowIfCancellationRequested();
        if (response.StatusCode == 0 || response.ResponseStatus is ResponseStatus.TimedOut or ResponseStatus.Aborted)
        {
            throw JdErrors.Transport(request.Resource ?? "", response.ErrorException);
        }

        var content = response.Content ?? "";
        TokenResponse? token = null;
        try
        {
            token = content.Length == 0 ? null : JsonSerializer.Deserialize<TokenResponse>(content, JdJson.Options);
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's error page): reported below with the HTTP status.
        }

        var status = (int)response.StatusCode;
        if (status >= 400 || token is not { Code: 0, AccessToken.Length: > 0, RefreshToken.Length: > 0 })
        {
            throw JdErrors.OAuth(status, token?.Code, token?.Msg, content);
        }

        return token;
    }
}
