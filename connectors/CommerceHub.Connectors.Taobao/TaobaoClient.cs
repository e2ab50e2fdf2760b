using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RestSharp;
using static CommerceHub.Connectors.Runtime.ResponseBodies;

namespace CommerceHub.Connectors.Taobao;

/// <summary>
/// One method per TOP method over RestSharp on the factory's HttpClient. System parameters go in the query, business
/// parameters in the UTF-8 form body; both are signed. Reads "&lt;method&gt;_response" or error_response (always HTTP
/// 200) and turns every error into the exception family. No retries here: the runner decides per operation.
/// </summary>
internal sealed partial class TaobaoClient : IDisposable
{
    private readonly RestClient rest;
    private readonly RestClient oauth;

    public TaobaoClient(HttpClient http, IOptions<TaobaoOptions> options, TimeProvider clock)
    {
        Options = options.Value;
        rest = new RestClient(http, new RestClientOptions(Options.BaseUrl) { Authenticator = new TaobaoAuthenticator(Options, clock), Timeout = Options.Timeout }, disposeHttpClient: false);
        oauth = new RestClient(http, new RestClientOptions(Options.TokenUrl) { Timeout = Options.Timeout }, disposeHttpClient: false);
    }

    public TaobaoOptions Options { get; }

    public void Dispose()
    {
        rest.Dispose();
        oauth.Dispose();
    }

    /// <summary>A router call; the method name goes in the query so logs and proxies can see which call it is.</summary>
    private static RestRequest Call(string method, string session) =>
        new RestRequest("", Method.Post).AddQueryParameter("method", method).AddQueryParameter("session", session);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>TOP names the answer after the method without "taobao." and with dots as underscores.</summary>
    private static string ResponseKey(string method) =>
        (method.StartsWith("taobao.", StringComparison.Ordinal) ? method[7..] : method).Replace('.', '_') + "_response";

    private async Task<T> SendAsync<T>(RestRequest request, CancellationToken cancellationToken)
    {
        var method = Convert.ToString(request.Parameters.TryFind("method")?.Value, CultureInfo.InvariantCulture) ?? "";
        var response = await rest.ExecuteAsync(request, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (response.StatusCode == 0 || response.ResponseStatus is ResponseStatus.TimedOut or ResponseStatus.Aborted)
        {
            throw TaobaoErrors.Transport(method, response.ErrorException);
        }

        var content = response.Content ?? "";
        using var document = TryParse(content);
        var root = document?.RootElement;
        var status = (int)response.StatusCode;
        if (root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("error_response", out var error))
        {
            throw TaobaoErrors.FromResponse(status, TextOrNumber(error, "code"), TextOrNumber(error, "msg"), TextOrNumber(error, "sub_code"), TextOrNumber(error, "sub_msg"), TextOrNumber(error, "request_id"), content);
        }

        if (status >= 400 || root is not { ValueKind: JsonValueKind.Object } ok || !ok.TryGetProperty(ResponseKey(method), out var body))
        {
            throw TaobaoErrors.FromResponse(status, null, "unexpected answer", null, null, null, content);
        }

        return body.Deserialize<T>(TaobaoJson.Options)!; // an object, never JSON null
    }
}
