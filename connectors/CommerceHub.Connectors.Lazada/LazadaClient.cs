using System.Globalization;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Options;
using RestSharp;
using static CommerceHub.Connectors.Runtime.ResponseBodies;

namespace CommerceHub.Connectors.Lazada;

/// <summary>
/// One method per Lazada endpoint over RestSharp on the factory's HttpClient. Reads the envelope
/// {code:"0", data | result, request_id} and turns every error, including HTTP 200 ones, into the exception family.
/// No retries here: <see cref="Runtime.MarketplaceCallRunner"/> decides per operation.
/// </summary>
internal sealed partial class LazadaClient : IDisposable
{
    private readonly RestClient rest;
    private readonly RestClient auth;

    public LazadaClient(HttpClient http, IOptions<LazadaOptions> options, TimeProvider clock)
    {
        Options = options.Value;
        var authenticator = new LazadaAuthenticator(Options, clock);
        rest = new RestClient(http, new RestClientOptions(Options.BaseUrl) { Authenticator = authenticator, Timeout = Options.Timeout }, disposeHttpClient: false);
        auth = new RestClient(http, new RestClientOptions(Options.AuthUrl) { Authenticator = authenticator, Timeout = Options.Timeout }, disposeHttpClient: false);
    }

    public LazadaOptions Options { get; }

    /// <summary>Where the payload sits in a successful answer.</summary>
    private enum Body { Data, Result, TopLevel }

    /// <summary>Disposes RestSharp's wrappers only; the factory owns the HttpClient and its handler.</summary>
    public void Dispose()
    {
        rest.Dispose();
        auth.Dispose();
    }

    private static RestRequest ShopRequest(string path, Method method, ShopToken token) =>
        new RestRequest(path, method).AddParameter("access_token", token.AccessToken);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private Task<T> SendAsync<T>(RestRequest request, CancellationToken cancellationToken, Body body = Body.Data) =>
        SendAsync<T>(rest, request, body, cancellationToken);

    private static async Task<T> SendAsync<T>(RestClient client, RestRequest request, Body body, CancellationToken cancellationToken)
    {
        var response = await client.ExecuteAsync(request, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var api = request.Resource ?? "";
        if (response.StatusCode == 0 || response.ResponseStatus is ResponseStatus.TimedOut or ResponseStatus.Aborted)
        {
            throw LazadaErrors.Transport(api, response.ErrorException);
        }

        var content = response.Content ?? "";
        using var document = TryParse(content);
        var root = document?.RootElement;
        var code = TextOrNumber(root, "code");
        var status = (int)response.StatusCode;
        if (code != "0" || status >= 400 || root is not { ValueKind: JsonValueKind.Object })
        {
            throw LazadaErrors.FromResponse(status, TextOrNumber(root, "type"), code, TextOrNumber(root, "message"), TextOrNumber(root, "request_id"), content);
        }

        var payload = body switch
        {
            Body.TopLevel => root.Value,
            Body.Result => root.Value.TryGetProperty("result", out var result) ? result : default,
            _ => root.Value.TryGetProperty("data", out var data) ? data : default,
        };
        return payload.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
            ? JsonSerializer.Deserialize<T>("{}", LazadaJson.Options)!  // endpoints that answer {code:"0"} only
            : payload.Deserialize<T>(LazadaJson.Options)!;              // non-null: payload is JSON, not null
    }



    /// <summary>An ISO 8601 time with offset as /orders/get and /products/get take it, in UTC.</summary>
    private static string Iso(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
