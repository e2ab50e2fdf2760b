using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Options;
using RestSharp;
using static CommerceHub.Connectors.Runtime.ResponseBodies;

namespace CommerceHub.Connectors.Shopee;

/// <summary>
/// One method per Shopee endpoint over RestSharp on the factory's HttpClient. Reads the envelope
/// {request_id, error, message, response} and turns every error, including HTTP 200 ones, into the exception family.
/// No retries here: <see cref="Runtime.MarketplaceCallRunner"/> decides per operation.
/// </summary>
internal sealed partial class ShopeeClient : IDisposable
{
    private readonly RestClient rest;
    private readonly TimeProvider clock;

    public ShopeeClient(HttpClient http, IOptions<ShopeeOptions> options, TimeProvider clock)
    {
        Options = options.Value;
        this.clock = clock;
        var restOptions = new RestClientOptions(Options.BaseUrl)
        {
            Authenticator = new ShopeeAuthenticator(Options, clock),
            Timeout = Options.Timeout,
        };
        rest = new RestClient(http, restOptions, disposeHttpClient: false);
    }

    public ShopeeOptions Options { get; }

    /// <summary>Disposes RestSharp's wrapper only; the factory owns the HttpClient and its handler.</summary>
    public void Dispose() => rest.Dispose();

    private static RestRequest ShopRequest(string path, Method method, ShopToken token)
    {
        var request = new RestRequest(path, method);
        request.AddQueryParameter("access_token", token.AccessToken);
        request.AddQueryParameter("shop_id", token.Shop.ShopId);
        return request;
    }

    private static RestRequest WithBody(RestRequest request, object body) =>
        request.AddStringBody(JsonSerializer.Serialize(body, ShopeeJson.Options), DataFormat.Json);

    /// <summary>Sends and reads the "response" member (or, for the token APIs, the top level when <paramref name="flat"/>).</summary>
    private async Task<T> SendAsync<T>(RestRequest request, CancellationToken cancellationToken, bool flat = false)
    {
        var response = await rest.ExecuteAsync(request, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var api = request.Resource ?? "";
        if (response.StatusCode == 0 || response.ResponseStatus is ResponseStatus.TimedOut or ResponseStatus.Aborted)
        {
            throw ShopeeErrors.Transport(api, response.ErrorException);
        }

        var body = response.Content ?? "";
        using var document = TryParse(body);
        var root = document?.RootElement;
        var code = Text(root, "error");
        var status = (int)response.StatusCode;
        if (!string.IsNullOrEmpty(code) || status >= 400 || root is not { ValueKind: JsonValueKind.Object })
        {
            throw ShopeeErrors.FromResponse(status, code, Text(root, "message"), Text(root, "request_id"), body, RetryAfter(response), clock.GetUtcNow());
        }

        var payload = flat ? root.Value : root.Value.TryGetProperty("response", out var inner) ? inner : default;
        return payload.ValueKind == JsonValueKind.Undefined
            ? JsonSerializer.Deserialize<T>("{}", ShopeeJson.Options)!  // endpoints that answer with the envelope only
            : payload.Deserialize<T>(ShopeeJson.Options)!;              // non-null: payload is a JSON object
    }
}
