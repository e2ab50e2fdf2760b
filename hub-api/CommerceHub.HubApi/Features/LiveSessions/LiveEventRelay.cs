using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommerceHub.Inventory;
using StackExchange.Redis;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>
/// Subscribes every node to the order and stock events on Redis and forwards those that concern a running session to
/// its consoles. Every node receives every message, but only the node that first claims a message (SET NX on its
/// hash) forwards it: the backplane then delivers it to the consoles on all nodes, once.
/// </summary>
public sealed partial class LiveEventRelay(IConnectionMultiplexer redis, IServiceScopeFactory scopes, ILogger<LiveEventRelay> logger)
    : BackgroundService
{
    public static readonly RedisChannel OrderEvents = RedisChannel.Literal("ch:events:orders");

    // Long enough for every node to have seen the message; a claim key is useless after that.
    private static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscriber = redis.GetSubscriber();
        // Ordered queues: a console sees one SKU's stock in ledger order, and orders in the order they were published.
        var orders = await subscriber.SubscribeAsync(OrderEvents);
        orders.OnMessage(m => HandleAsync(m.Message, isOrder: true, stoppingToken));
        var stock = await subscriber.SubscribeAsync(RedisKeys.StockEvents);
        stock.OnMessage(m => HandleAsync(m.Message, isOrder: false, stoppingToken));
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            await orders.UnsubscribeAsync();
            await stock.UnsubscribeAsync();
        }
    }

    private async Task HandleAsync(RedisValue message, bool isOrder, CancellationToken ct)
    {
        try
        {
            if (!await ClaimAsync(message))
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var forwarder = scope.ServiceProvider.GetRequiredService<LiveEventForwarder>();
            if (isOrder)
            {
                var events = JsonSerializer.Deserialize((string)message!, LiveJsonContext.Default.ListOrderEvent) ?? [];
                await forwarder.OrdersAsync(events, ct);
            }
            else
            {
                var events = JsonSerializer.Deserialize((string)message!, LiveJsonContext.Default.ListStockEvent) ?? [];
                await forwarder.StockAsync(events, ct);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One bad message must not stop the subscription; consoles catch up on the next event or a rejoin.
            LogRelayFailed(logger, exception, isOrder ? "order" : "stock");
        }
    }

    private Task<bool> ClaimAsync(RedisValue message)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((string)message!)));
        return redis.GetDatabase().StringSetAsync($"ch:live:relay:{hash}", 1, ClaimLifetime, When.NotExists);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not relay a {Kind} event message to live sessions")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception, string kind);
}
