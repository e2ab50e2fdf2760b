using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Sandbox.Tests.Support;

/// <summary>
/// A tiny push receiver on a free port: records each delivery as <typeparamref name="TPush"/> (what a platform's
/// pushes carry differs), fails the first N calls on request (failFirst = int.MaxValue makes every call fail).
/// </summary>
internal abstract class PushReceiver<TPush>(int failFirst) : IAsyncDisposable
{
    private readonly ConcurrentQueue<TPush> received = new();
    private WebApplication? app;
    private int failuresLeft = failFirst;
    private int attempts;

    public string Url { get; private set; } = "";

    public int Attempts => Volatile.Read(ref attempts);

    public IReadOnlyList<TPush> Received => [.. received];

    public async Task<IReadOnlyList<TPush>> WaitForAsync(int count, int timeoutMs = 5000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (received.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    protected static async Task<TReceiver> StartAsync<TReceiver>(TReceiver receiver, string path)
        where TReceiver : PushReceiver<TPush>
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        receiver.app = builder.Build();
        receiver.app.MapPost(path, receiver.HandleAsync);
        await receiver.app.StartAsync();
        var address = receiver.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(); // Kestrel is listening.
        receiver.Url = address + path;
        return receiver;
    }

    protected abstract TPush Record(HttpRequest request, string body);

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref attempts);
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        if (Interlocked.Decrement(ref failuresLeft) >= 0)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        received.Enqueue(Record(context.Request, body));
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
