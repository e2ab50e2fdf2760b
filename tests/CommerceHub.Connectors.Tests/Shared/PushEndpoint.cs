using System.Collections.Concurrent;
using System.Net;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Tests.Shared;

internal sealed record ReceivedPush(bool Verified, MarketplacePush? Push, PushDecision? Decision);

/// <summary>A push receiver the way the hub would write one, for any platform: verify on the raw body, parse, de-duplicate, answer 2xx with an empty body.</summary>
internal sealed class PushEndpoint : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedPush> received = new();

    private PushEndpoint(WebApplication app) => this.app = app;

    public Uri Url { get; private set; } = null!; // set in StartAsync before the endpoint is handed out

    public IReadOnlyList<ReceivedPush> Received => [.. received];

    public static async Task<PushEndpoint> StartAsync(IPushReceiver receiver, PushGate gate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var endpoint = new PushEndpoint(builder.Build());
        endpoint.app.MapPost("/push", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var push = new InboundPush(endpoint.Url, body, http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
            if (!receiver.Verify(push))
            {
                endpoint.received.Enqueue(new ReceivedPush(false, null, null));
                return Results.Unauthorized();
            }

            var parsed = receiver.Parse(push);
            endpoint.received.Enqueue(new ReceivedPush(true, parsed, await gate.AdmitAsync(parsed)));
            return Results.Ok();
        });
        await endpoint.app.StartAsync();
        var address = endpoint.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(); // Kestrel is listening
        endpoint.Url = new Uri(address + "/push");
        return endpoint;
    }

    public async Task<IReadOnlyList<ReceivedPush>> WaitForAsync(int count, int timeoutMs = 8000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (received.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        return Received;
    }

    /// <summary>
    /// After a storm of duplicated, reordered pushes: duplicates and stale states were refused, each push was admitted
    /// once, and whatever arrived first, the last state admitted for each order is the sandbox's final one.
    /// </summary>
    public static void AssertDuplicatesDroppedAndNewestStateWins(IReadOnlyList<ReceivedPush> received, int orders, OrderStatus final)
    {
        var admitted = received.Where(r => r.Decision == PushDecision.Fresh).Select(r => r.Push!).ToList();
        Assert.Contains(received, r => r.Decision == PushDecision.Duplicate);
        Assert.Contains(received, r => r.Decision == PushDecision.Stale);
        Assert.Equal(admitted.Count, admitted.Select(p => p.DedupKey).Distinct().Count());
        Assert.All(admitted.GroupBy(p => p.ExternalOrderId), order => Assert.Equal(final, order.Last().Status));
        Assert.Equal(orders, admitted.Select(p => p.ExternalOrderId).Distinct().Count());
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
