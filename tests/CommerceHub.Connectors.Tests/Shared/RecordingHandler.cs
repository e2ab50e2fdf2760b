using System.Collections.Concurrent;
using System.Net;

namespace CommerceHub.Connectors.Tests.Shared;

/// <summary>
/// Sits in the connector's HttpClient: counts calls and answers per path, and can lose the response of a call the
/// server did process (the case where a blind retry would duplicate a listing or a shipment). Router-style APIs
/// (JD, Taobao) are also counted per method as "path#method" when the method is in the query string.
/// </summary>
internal sealed class RecordingHandler : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, int> calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> statuses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> responsesToLose = new(StringComparer.Ordinal);

    private int transportFailures;

    public int Calls(string path) => calls.GetValueOrDefault(path);

    /// <summary>Calls that ended without a response (timeouts, resets).</summary>
    public int TransportFailures => Volatile.Read(ref transportFailures);

    public int Status(HttpStatusCode status) => statuses.GetValueOrDefault(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The next <paramref name="count"/> calls to <paramref name="path"/> reach the server, but the caller sees a network error.</summary>
    public void LoseResponses(string path, int count = 1) => responsesToLose[path] = count;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = Key(request.RequestUri);
        calls.AddOrUpdate(request.RequestUri?.AbsolutePath ?? "", 1, (_, n) => n + 1);
        if (path != request.RequestUri?.AbsolutePath)
        {
            calls.AddOrUpdate(path, 1, (_, n) => n + 1);
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            Interlocked.Increment(ref transportFailures);
            throw;
        }

        statuses.AddOrUpdate(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
        if (responsesToLose.TryGetValue(path, out var left) && left > 0 && responsesToLose.TryUpdate(path, left - 1, left))
        {
            response.Dispose();
            throw new HttpRequestException("Connection reset after the request was sent (test).");
        }

        return response;
    }

    private static string Key(Uri? uri)
    {
        var path = uri?.AbsolutePath ?? "";
        var method = (uri?.Query ?? "").TrimStart('?').Split('&')
            .Select(p => p.Split('=', 2))
            .FirstOrDefault(p => p.Length == 2 && p[0] == "method")?[1];
        return method is null ? path : path + "#" + Uri.UnescapeDataString(method);
    }
}
