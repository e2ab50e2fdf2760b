using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Contracts.Orders;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.Stock;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using StackExchange.Redis;

namespace CommerceHub.HubApi.Tests.LiveSessions;

/// <summary>A scheduled session with its own channels and lineup SKUs (with stock), so tests sharing one hub never collide.</summary>
public sealed record LiveSetup(Guid MerchantId, Guid SessionId, IReadOnlyList<string> Channels, IReadOnlyList<string> Skus);

public static class LiveSteps
{
    public static async Task<string> NewChannelAsync(HubClient admin, string marketplace = "tiktok")
    {
        var code = $"{marketplace}-{Guid.NewGuid():N}"[..20];
        var response = await admin.PostAsync("/api/channels", new { code, name = $"{marketplace} live", marketplace });
        await HubClient.EnsureAsync(response, HttpStatusCode.Created);
        return code;
    }

    public static async Task<Guid> MerchantIdAsync(HubClient client) =>
        (await client.GetAsync<JsonElement>("/api/auth/me")).GetProperty("merchantId").GetGuid();

    /// <summary>Two channels, two SKUs with <paramref name="stock"/> units each, a session scheduled in CNY (started if asked).</summary>
    public static async Task<LiveSetup> SessionAsync(HubClient admin, long stock = 100, bool start = true)
    {
        var channels = new[] { await NewChannelAsync(admin, "tiktok"), await NewChannelAsync(admin, "shopee") };
        var product = await CatalogSteps.CreateAsync(admin);
        var skus = product.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("sku").GetString()!).ToList();
        foreach (var sku in skus)
        {
            await StockSteps.ReceiveAsync(admin, sku, stock);
        }

        var response = await admin.PostAsync(LiveRoutes.Sessions, new ScheduleLiveSessionRequest(
            "Evening stream", DateTimeOffset.UtcNow.AddMinutes(5), "CNY", channels, [.. skus.Select(s => new LineupEntry(s, null))]));
        await HubClient.EnsureAsync(response, HttpStatusCode.Created);
        var session = (await response.Content.ReadFromJsonAsync<LiveSessionView>(HubClient.Json))!;
        if (start)
        {
            await HubClient.EnsureAsync(await admin.PostAsync(LiveRoutes.Start(session.Id), new { }), HttpStatusCode.OK);
        }

        return new LiveSetup(session.MerchantId, session.Id, channels, skus);
    }

    public static OrderEvent Order(LiveSetup setup, string channel, string sku, int quantity, decimal unitPrice = 30m,
        OrderEventKind kind = OrderEventKind.Imported, string currency = "CNY", decimal? totalCny = null) =>
        new(setup.MerchantId, Guid.NewGuid(), kind, "tiktok", "shop-1", channel, "P" + Random.Shared.Next(100_000, 999_999),
            currency, quantity * unitPrice, totalCny ?? quantity * unitPrice, [new OrderEventLine(sku, quantity, unitPrice)], DateTimeOffset.UtcNow);

    /// <summary>Publishes as the order import does: a JSON array on ch:events:orders.</summary>
    public static Task PublishAsync(IConnectionMultiplexer redis, params OrderEvent[] events) =>
        redis.GetSubscriber().PublishAsync(RedisChannel.Literal("ch:events:orders"), JsonSerializer.Serialize(events, HubClient.Json));

    /// <summary>A .NET SignalR client on the in-memory test server (long polling, as the test server has no sockets).</summary>
    public static async Task<HubConnection> ConnectAsync(WebApplicationFactory<Program> factory, HubClient user)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, LiveGroups.HubPath), o =>
            {
                o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                o.AccessTokenProvider = () => Task.FromResult(user.AccessToken);
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Collects what the hub pushes for one client method.</summary>
    public static ConcurrentQueue<T> Collect<T>(HubConnection connection, string method)
    {
        var queue = new ConcurrentQueue<T>();
        connection.On<T>(method, queue.Enqueue);
        return queue;
    }

    public static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(50);
        }
    }
}
