using System.Text.Json;
using System.Text.Json.Serialization;
using CommerceHub.HubApi.Contracts.Orders;
using CommerceHub.HubApi.Contracts.Realtime;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Realtime;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>
/// Announces order events on <c>ch:events:orders</c> (every node's consoles) and to the merchant's SignalR group.
/// Sent after the row is saved, from the node that made the change, so each event goes out once.
/// </summary>
public sealed partial class OrderEvents(IConnectionMultiplexer redis, IHubContext<MerchantHub, IMerchantClient> hub, ILogger<OrderEvents> logger)
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("ch:events:orders");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static OrderEvent For(Order order, OrderEventKind kind, DateTimeOffset at) => new(
        order.MerchantId, order.Id, kind, order.Marketplace.Code(), order.ShopId, order.Channel, order.PlatformOrderId,
        order.Currency, order.Total, order.TotalCny, [.. order.Lines.Select(l => new OrderEventLine(l.Sku, l.Quantity, l.UnitPrice))], at);

    public async Task PublishAsync(IReadOnlyList<OrderEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.SerializeToUtf8Bytes(events, Json));
            foreach (var orderEvent in events)
            {
                await hub.Clients.Group(MerchantGroups.Merchant(orderEvent.MerchantId)).OrderChanged(orderEvent);
            }
        }
        catch (Exception exception) when (exception is RedisException or InvalidOperationException or IOException)
        {
            // The row is the truth; a live view that misses an event catches up from GET /api/orders.
            LogPublishFailed(logger, exception, events[0].PlatformOrderId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not announce order events for {PlatformOrderId}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string platformOrderId);
}
