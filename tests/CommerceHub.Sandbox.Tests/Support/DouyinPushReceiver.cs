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

internal sealed record DouyinReceived(string EventSign, string AppId, string Body);

/// <summary>Records Douyin pushes with their event-sign header; fails the first N deliveries on request.</summary>
internal sealed class DouyinPushReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<DouyinReceived> received = new();
    private int failuresLeft;
    private int attempts;

    private DouyinPushReceiver(WebApplication app, int failFirst)
    {
        this.app = app;
        failuresLeft = failFirst;
    }

    public string Url { get; private set; } = "";

    public int Attempts => Volatile.Read(ref attempts);

    public IReadOnlyList<DouyinReceived> Received => [.. received];

    public static async Task<DouyinPushReceiver> StartAsync(int failFirst = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var receiver = new DouyinPushReceiver(builder.Build(), failFirst);
        receiver.app.MapPost("/douyin/push", receiver.HandleAsync);
        await receiver.app.StartAsync();
        receiver.Url = receiver.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/douyin/push"; // Kestrel is listening
        return receiver;
    }

    public async Task<IReadOnlyList<DouyinReceived>> WaitForAsync(int count, int timeoutMs = 5000)
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

        received.Enqueue(new DouyinReceived(context.Request.Headers["event-sign"].ToString(), context.Request.Headers["app-id"].ToString(), body));
        await context.Response.WriteAsJsonAsync(new { code = 0, msg = "success" });
    }
}
