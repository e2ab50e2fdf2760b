using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Options;
using RestSharp;
using static CommerceHub.Connectors.Runtime.ResponseBodies;

namespace CommerceHub.Connectors.Douyin;

/// <summary>
/// One method per Douyin Shop method over RestSharp on the factory's HttpClient: POST /{method with dots as slashes},
/// param_json as the canonical JSON body. Reads {code, msg, sub_code, sub_msg, log_id, data} and turns every error, the
/// HTTP 200 ones included, into the exception family. No retries here: the runner decides per operation.
/// </summary>
internal sealed partial class DouyinClient : IDisposable
{
    private readonly RestClient rest;

    public DouyinClient(HttpClient http, IOptions<DouyinOptions> options, TimeProvider clock)
    {
        Options = options.Value;
        var restOptions = new RestClientOptions(Options.BaseUrl)
        {
            Authenticator = new DouyinAuthenticator(Options, clock),
            Timeout = Options.Timeout,
        };
        rest = new RestClient(http, restOptions, disposeHttpClient: false);
    }

    public DouyinOptions Options { get; }

    /// <summary>Disposes RestSharp's wrapper only; the factory owns the HttpClient and its handler.</summary>
    public void Dispose() => rest.Dispose();

    public static string PathOf(string method) => "/" + method.Replace('.', '/');

    /// <summary>Serializes and canonicalizes once; the authenticator signs this very string and RestSharp sends it unchanged.</summary>
    private async Task<T> SendAsync<T>(string method, object param, ShopToken? token, CancellationToken cancellationToken)
    {
        var request = new RestRequest(PathOf(method), Method.Post)
            .AddStringBody(DouyinSigner.Canonical(JsonSerializer.Serialize(param, DouyinJson.Options)), ContentType.Json);
        if (token is not null)
        {
            request.AddQueryParameter("access_token", token.AccessToken);
        }

        var response = await rest.ExecuteAsync(request, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (response.StatusCode == 0 || response.ResponseStatus is ResponseStatus.TimedOut or ResponseStatus.Aborted)
        {
            throw DouyinErrors.Transport(method, response.ErrorException);
        }

        var body = response.Content ?? "";
        using var document = TryParse(body);
        var root = document?.RootElement is { ValueKind: JsonValueKind.Object } r ? r : (JsonElement?)null;
        var code = Int(root, "code") ?? ErrNo(root);
        var status = (int)response.StatusCode;
        if (code != DouyinErrors.Success || status >= 400)
        {
            throw DouyinErrors.FromResponse(status, code, Text(root, "sub_code"), Text(root, "sub_msg") ?? Text(root, "msg") ?? Text(root, "message"), Text(root, "log_id"), body);
        }

        var data = root!.Value.TryGetProperty("data", out var inner) ? inner : default; // code 10000 means an object body
        return data.ValueKind is JsonValueKind.Object or JsonValueKind.Array
            ? data.Deserialize<T>(DouyinJson.Options)!                 // non-null: data is JSON
            : JsonSerializer.Deserialize<T>("{}", DouyinJson.Options)!; // methods that answer an empty data
    }

    // Newer gateways also send err_no (0 = success); it counts only when code is missing.
    private static int? ErrNo(JsonElement? root) => Int(root, "err_no") is { } errNo ? (errNo == 0 ? DouyinErrors.Success : errNo) : null;

    private static int? Int(JsonElement? root, string name) =>
        root is { } element && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;

    private static string? Text(JsonElement? root, string name) =>
        root is { } element && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
