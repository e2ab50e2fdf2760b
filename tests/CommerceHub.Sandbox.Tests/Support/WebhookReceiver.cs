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

internal sealed record ReceivedPush(string Authorization, string Body);

/// <summary>A tiny push receiver on a free port: records raw bodies and headers, fails the first N calls on request.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedPush> received = new();
    private int failuresLeft;
    private int attempts;

    private WebhookReceiver(WebApplication app, int failFirst)
    {
        this.app = app;
        failuresLeft = failFirst;
    }

    public string Url { get; private set; } = "";

    public int Attempts => Volatile.Read(ref attempts);

    public IReadOnlyList<ReceivedPush> Received => [.. received];

    /// <summary>failFirst = int.MaxValue makes every call fail.</summary>
    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var webApp = builder.Build();
        var receiver = new WebhookReceiver(webApp, failFirst);
        webApp.MapPost("/shopee/push", receiver.HandleAsync);
        await webApp.StartAsync();
        var address = webApp.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(); // Kestrel is listening.
        receiver.Url = address + "/shopee/push";
        return receiver;
    }

    public async Task<IReadOnlyList<ReceivedPush>> WaitForAsync(int count, int timeoutMs = 5000)
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
        await app.StopAsync();
        await app.DisposeAsync();
    }

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

        received.Enqueue(new ReceivedPush(context.Request.Headers.Authorization.ToString(), body));
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
