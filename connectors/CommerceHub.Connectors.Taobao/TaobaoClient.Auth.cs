using System.Globalization;
using System.Text.Json;
using CommerceHub.Connectors.Taobao.Dtos;
using RestSharp;
using static CommerceHub.Connectors.Runtime.ResponseBodies;

namespace CommerceHub.Connectors.Taobao;

internal sealed partial class TaobaoClient
{
    public const string TokenApi = "oauth/token";

    /// <summary>The seller's consent link; Taobao sends the seller back with code and state.</summary>
    public Uri AuthorizationUrl(Uri redirect, string? state)
    {
        var query = $"response_type=code&view=web&client_id={Uri.EscapeDataString(Options.AppKey)}&redirect_uri={Uri.EscapeDataString(redirect.ToString())}";
        if (state is not null)
        {
            query += "&state=" + Uri.EscapeDataString(state);
        }

        return new UriBuilder(Options.AuthorizeUrl) { Query = query }.Uri;
    }

    public Task<TokenResponse> CreateTokenAsync(string code, CancellationToken ct) =>
        TokenAsync(new RestRequest("", Method.Post).AddParameter("grant_type", "authorization_code").AddParameter("code", code), ct);

    public Task<TokenResponse> RefreshTokenAsync(string refreshToken, CancellationToken ct) =>
        TokenAsync(new RestRequest("", Method.Post).AddParameter("grant_type", "refresh_token").AddParameter("refresh_token", refreshToken), ct);

    /// <summary>The token endpoint takes client_id/client_secret in the form and answers OAuth errors as {error, error_description}.</summary>
    private async Task<TokenResponse> TokenAsync(RestRequest request, CancellationToken ct)
    {
        request.AddParameter("client_id", Options.AppKey).AddParameter("client_secret", Options.AppSecret);
        var response = await oauth.ExecuteAsync(request, ct);
        ct.ThrowIfCancellationRequested();
        if (response.StatusCode == 0 || response.ResponseStatus is ResponseStatus.TimedOut or ResponseStatus.Aborted)
        {
            throw TaobaoErrors.Transport(TokenApi, response.ErrorException);
        }

        var content = response.Content ?? "";
        using var document = TryParse(content);
        var root = document?.RootElement;
        var status = (int)response.StatusCode;
        if (status >= 400 || root is not { ValueKind: JsonValueKind.Object } ok || !ok.TryGetProperty("access_token", out _))
        {
            throw TaobaoErrors.FromResponse(status, TextOrNumber(root, "error"), TextOrNumber(root, "error_description"), null, null, null, content);
        }

        var token = ok.Deserialize<TokenResponse>(TaobaoJson.Options)!; // an object
        return token with { TaobaoUserNick = token.TaobaoUserNick is { } nick ? Uri.UnescapeDataString(nick) : null };
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
