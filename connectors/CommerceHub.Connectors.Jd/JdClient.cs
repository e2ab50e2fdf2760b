using System.Globalization;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Options;
using RestSharp;
using static CommerceHub.Connectors.Runtime.ResponseBodies;

namespace CommerceHub.Connectors.Jd;

/// <summary>
/// One method per JOS method over RestSharp on the factory's HttpClient. System parameters go in the query, the
/// business JSON (360buy_param_json, Chinese as raw UTF-8) in the form body; both are signed. Reads
/// "&lt;method&gt;_responce" (JD's spelling) or error_response, always HTTP 200, and turns errors into the exception family.
/// </summary>
internal sealed partial class JdClient : IDisposable
{
    private readonly RestClient rest;
    private readonly RestClient oauth;

    public JdClient(HttpClient http, IOptions<JdOptions> options, TimeProvider clock)
    {
        Options = options.Value;
        rest = new RestClient(http, new RestClientOptions(Options.BaseUrl) { Authenticator = new JdAuthenticator(Options, clock), Timeout = Options.Timeout }, disposeHttpClient: false);
        oauth = new RestClient(http, new RestClientOptions(Options.OAuthUrl) { Timeout = Options.Timeout }, disposeHttpClient: false);
    }

    public JdOptions Options { get; }

    public void Dispose()
    {
        rest.Dispose();
        oauth.Dispose();
    }

    /// <summary>A router call: the method in the query, the business parameters as one JSON object with sorted keys.</summary>
    private static RestRequest Call(string method, ShopToken token, SortedDictionary<string, object?> business) =>
        new RestRequest("", Method.Post)
            .AddQueryParameter("method", method)
            .AddQueryParameter("access_token", token.AccessToken)
            .AddParameter("360buy_param_json", JsonSerializer.Serialize(business, JdJson.Options));

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<T> SendAsync<T>(RestRequest request, CancellationToken cancellationToken)
    {
        var method = Convert.ToString(request.Parameters.TryFind("method")?.Value, CultureInfo.InvariantCulture) ?? "";
        var response = await rest.ExecuteAsync(request, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (response.StatusCode == 0 || response.ResponseStatus is ResponseStatus.TimedOut or ResponseStatus.Aborted)
        {
            throw JdErrors.Transport(method, response.ErrorException);
        }

        var content = response.Content ?? "";
        using var document = TryParse(content);
        var root = document?.RootElement;
        var status = (int)response.StatusCode;
        if (root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("error_response", out var error))
        {
            throw JdErrors.FromResponse(status, TextOrNumber(error, "code"), TextOrNumber(error, "zh_desc"), TextOrNumber(error, "en_desc"), content);
        }

        if (status >= 400 || root is not { ValueKind: JsonValueKind.Object } ok || !ok.TryGetProperty(method.Replace('.', '_') + "_responce", out var body))
        {
            throw JdErrors.FromResponse(status, null, "unexpected answer", null, content);
        }

        return body.Deserialize<T>(JdJson.Options)!; // an object, never JSON null
    }
}
