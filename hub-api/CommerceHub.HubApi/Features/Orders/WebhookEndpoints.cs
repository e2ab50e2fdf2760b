using System.Text;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Features.Shops;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>
/// Where platforms push order changes. Answered within the tightest deadline (Lazada's 500 ms): verify the signature on
/// the raw body, store the push (group-committed with the pushes arriving alongside it), answer 200. Parsing,
/// de-duplication, the order fetch and the import happen in batches in <see cref="InboxDrain"/>.
/// </summary>
public static class WebhookEndpoints
{
    public const int MaxBodyBytes = 256 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<Results<Ok, ProblemHttpResult>> Receive(string marketplace, HttpRequest request, IServiceProvider services,
        InboxWriter inbox, IOptions<ShopsOptions> shops, TimeProvider clock, CancellationToken ct)
    {
        var platform = MarketplaceCodes.Parse(marketplace);
        if (services.GetKeyedService<IPushReceiver>(platform) is not { } receiver)
        {
            return TypedResults.Problem(statusCode: 404, title: "No push receiver",
                detail: $"This hub has no {platform} connector configured, so it accepts no {marketplace} pushes.");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return TypedResults.Problem(statusCode: 413, title: "Push too large", detail: $"Pushes are accepted up to {MaxBodyBytes} bytes.");
        }

        var body = await ReadBodyAsync(request, ct);
        if (body is null)
        {
            return TypedResults.Problem(statusCode: 413, title: "Push too large", detail: $"Pushes are accepted up to {MaxBodyBytes} bytes.");
        }

        // The signature covers the URL the platform was given, which is the public address, not the one behind a proxy.
        var callbackUrl = new Uri(shops.Value.PublicBaseUrl, request.Path + request.QueryString);
        var headers = request.Headers.Where(h => !h.Key.Equals("Cookie", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        if (!receiver.Verify(new InboundPush(callbackUrl, body, headers)))
        {
            return TypedResults.Problem(statusCode: 401, title: "Invalid push signature",
                detail: $"The request is not signed with this hub's {platform} app secret for {callbackUrl}.");
        }

        var entry = new PushInboxEntry
        {
            Marketplace = platform, CallbackUrl = callbackUrl.ToString(), RawBody = body,
            Headers = JsonSerializer.Serialize(headers, Json), ReceivedAt = clock.GetUtcNow(),
        };
        try
        {
            await inbox.AppendAsync(entry, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not stored, so not acknowledged: the platform delivers it again.
            return TypedResults.Problem(statusCode: 503, title: "Push not stored", detail: "The hub could not store the push; deliver it again later.");
        }

        return TypedResults.Ok();
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
