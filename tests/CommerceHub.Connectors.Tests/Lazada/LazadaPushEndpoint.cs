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

namespace CommerceHub.Connectors.Tests.Lazada;

internal sealed record LazadaReceivedPush(bool Verified, MarketplacePush? Push, PushDecision? Decision);

/// <summary>A receiver the way the hub would write one: verify on the raw body, parse, de-duplicate, answer 200 at once.</summary>
internal sealed class LazadaPushEndpoint : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<LazadaReceivedPush> received = new();

    private LazadaPushEndpoint(WebApplication app) => this.app = app;

    public Uri Url { get; private set; } = null!; // set in StartAsync before the endpoint is handed out

    public IReadOnlyList<LazadaReceivedPush> Received => [.. received];

    public static async Task<LazadaPushEndpoint> StartAsync(IPushReceiver receiver, PushGate gate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var endpoint = new LazadaPushEndpoint(builder.Build());
        endpoint.app.MapPost("/lazada/push", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var push = new InboundPush(endpoint.Url, body, http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
            if (!receiver.Verify(push))
            {
                endpoint.received.Enqueue(new LazadaReceivedPush(false, null, null));
                return Results.Unauthorized();
            }

            var parsed = receiver.Parse(push);
            endpoint.received.Enqueue(new LazadaReceivedPush(true, parsed, await gate.AdmitAsync(parsed)));
            return Results.Ok();
        });
        await endpoint.app.StartAsync();
        var address = endpoint.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(); // Kestrel is listening
        endpoint.Url = new Uri(address + "/lazada/push");
        return endpoint;
    }

    public async Task<IReadOnlyList<LazadaReceivedPush>> WaitForAsync(int count, int timeoutMs = 8000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (received.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
