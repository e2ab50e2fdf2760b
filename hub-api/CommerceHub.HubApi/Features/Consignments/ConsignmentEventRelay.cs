using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommerceHub.HubApi.Contracts.Consignments;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace CommerceHub.HubApi.Features.Consignments;

/// <summary>
/// Subscribes every node to <see cref="ConsignmentEvent.Channel"/>; the node that first claims a message (SET NX on
/// its hash) sends it to the warehouse groups, and the SignalR backplane carries it to the boards on all nodes, once.
/// </summary>
public sealed partial class ConsignmentEventRelay(IConnectionMultiplexer redis, IHubContext<WarehouseHub, IWarehouseClient> hub,
    ILogger<ConsignmentEventRelay> logger) : BackgroundService
{
    // Long enough for every node to have seen the message; a claim key is useless after that.
    private static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = await redis.GetSubscriber().SubscribeAsync(ConsignmentEvents.Channel);
        queue.OnMessage(m => RelayAsync(m.Message));
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            await queue.UnsubscribeAsync();
        }
    }

    private async Task RelayAsync(RedisValue message)
    {
        try
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((string)message!)));
            if (!await redis.GetDatabase().StringSetAsync($"ch:consignments:relay:{hash}", 1, ClaimLifetime, When.NotExists))
            {
                return;
            }

            var change = JsonSerializer.Deserialize<ConsignmentEvent>((string)message!, ConsignmentEvents.Json);
            if (change is null)
            {
                return;
            }

            var c = change.Consignment;
            var groups = hub.Clients.Groups(WarehouseGroups.Merchant(c.MerchantId, c.WarehouseCode), WarehouseGroups.AllMerchants(c.WarehouseCode));
            await groups.ConsignmentChanged(c, change.Entry);
            if (change.Incident is { } incident)
            {
                await groups.IncidentChanged(incident);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One bad message must not stop the subscription; boards catch up on the next event or a rejoin.
            LogRelayFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not relay a consignment event to the warehouse boards")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception);
}
