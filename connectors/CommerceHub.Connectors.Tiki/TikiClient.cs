using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Options;
using RestSharp;
using static CommerceHub.Connectors.Runtime.ResponseBodies;

namespace CommerceHub.Connectors.Tiki;

/// <summary>
/// One method per Tiki endpoint over RestSharp on the factory's HttpClient. Success bodies are bare JSON objects;
/// every error (RFC 6749 at the token endpoint, {data:null, error{…}} elsewhere) becomes the exception family.
/// No retries here: <see cref="Runtime.MarketplaceCallRunner"/> decides per operation.
/// </summary>
internal sealed partial class TikiClient : IDisposable
{
    private readonly RestClient rest;

    public TikiClient(HttpClient http, IOptions<TikiOptions> options)
    {
        Options = options.Value;
        rest = new RestClient(http, new RestClientOptions(Options.BaseUrl) { Timeout = Options.Timeout }, disposeHttpClient: false);
    }

    public TikiOptions Options { get; }

    /// <summary>Disposes RestSharp's wrapper only; the factory owns the HttpClient and its handler.</summary>
    public void Dispose() => rest.Dispose();

    private static RestRequest Bearer(string path, Method method, string accessToken) =>
        new(path, method) { Authenticator = new TikiAuthenticator(accessToken) };

    private static RestRequest WithBody(RestRequest request, object body) =>
        request.AddStringBody(JsonSerializer.Serialize(body, TikiJson.Options), DataFormat.Json);

    private async Task<T> SendAsync<T>(RestRequest request, CancellationToken cancellationToken, bool oauth = false)
    {
        var response = await rest.ExecuteAsync(request, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var api = request.Resource ?? "";
        if (response.StatusCode == 0 || response.ResponseStatus is ResponseStatus.TimedOut or ResponseStatus.Aborted)
        {
            throw TikiErrors.Transport(api, response.ErrorException);
        }

        var body = response.Content ?? "";
        using var document = TryParse(body);
        var root = document?.RootElement;
        var status = (int)response.StatusCode;
        if (status >= 400 || root is not { ValueKind: JsonValueKind.Object } || (oauth && Text(root, "error") is not null))
        {
            throw oauth
                ? TikiErrors.FromOAuth(status, Text(root, "error"), Text(root, "error_description"), body, RetryAfter(response))
                : ApiError(status, root, body, RetryAfter(response));
        }

        return root.Value.Deserialize<T>(TikiJson.Options)!; // non-null: root is a JSON object
    }

    private static MarketplaceException ApiError(int status, JsonElement? root, string body, TimeSpan? retryAfter)
    {
        JsonElement? error = root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e : null;
        JsonElement? metadata = error is { } err && err.TryGetProperty("metadata", out var m) ? m : null;
        return TikiErrors.FromResponse(status, Text(error, "code"), Text(error, "message"), Text(error, "reason"), Text(metadata, "request_id"), body, retryAfter);
    }
}
