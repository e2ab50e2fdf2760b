using System.Globalization;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Options;
using RestSharp;
using static CommerceHub.Connectors.Runtime.ResponseBodies;

namespace CommerceHub.Connectors.TikTok;

/// <summary>
/// One method per TikTok Shop endpoint over RestSharp on the factory's HttpClient. Reads the envelope
/// {code, message, request_id, data} and turns every error, HTTP 200 ones included, into the exception family.
/// No retries here: <see cref="Runtime.MarketplaceCallRunner"/> decides per operation.
/// </summary>
internal sealed partial class TikTokClient : IDisposable
{
    public const string TokenHeader = "x-tts-access-token";

    private readonly RestClient rest;

    public TikTokClient(HttpClient http, IOptions<TikTokOptions> options, TimeProvider clock)
    {
        Options = options.Value;
        var restOptions = new RestClientOptions(Options.BaseUrl)
        {
            Authenticator = new TikTokAuthenticator(Options, clock),
            Timeout = Options.Timeout,
        };
        rest = new RestClient(http, restOptions, disposeHttpClient: false);
    }

    public TikTokOptions Options { get; }

    /// <summary>Disposes RestSharp's wrapper only; the factory owns the HttpClient and its handler.</summary>
    public void Dispose() => rest.Dispose();

    private static RestRequest ShopRequest(string path, Method method, ShopToken token, string cipher) =>
        new RestRequest(path, method)
            .AddHeader(TokenHeader, token.AccessToken)
            .AddQueryParameter("shop_cipher", cipher);

    /// <summary>Serializes once; the authenticator signs this very string and RestSharp sends it unchanged.</summary>
    private static RestRequest WithBody(RestRequest request, object body) =>
        request.AddStringBody(JsonSerializer.Serialize(body, TikTokJson.Options), ContentType.Json);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<T> SendAsync<T>(RestRequest request, string api, CancellationToken cancellationToken)
    {
        var response = await rest.ExecuteAsync(request, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (response.StatusCode == 0 || response.ResponseStatus is ResponseStatus.TimedOut or ResponseStatus.Aborted)
        {
            throw TikTokErrors.Transport(api, response.ErrorException);
        }

        var body = response.Content ?? "";
        using var document = TryParse(body);
        var root = document?.RootElement;
        var code = root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : (int?)null;
        var status = (int)response.StatusCode;
        if (code is not 0 || status >= 400)
        {
            throw TikTokErrors.FromResponse(status, code, Text(root, "message"), Text(root, "request_id"), body, RetryAfter(response));
        }

        var data = root!.Value.TryGetProperty("data", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : default; // code 0 means an object body
        return data.ValueKind == JsonValueKind.Undefined
            ? JsonSerializer.Deserialize<T>("{}", TikTokJson.Options)!  // endpoints that answer with the envelope only
            : data.Deserialize<T>(TikTokJson.Options)!;                 // non-null: data is a JSON object
    }
}
