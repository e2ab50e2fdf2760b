using System.Text.Json;
using System.Text.Json.Serialization;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace CommerceHub.HubApi.Features.Consignments;

/// <summary>
/// Announces consignment changes on <see cref="ConsignmentEvent.Channel"/>. Sent after the change is committed, from the
/// node that made it; <see cref="ConsignmentEventRelay"/> forwards each message to the boards once, whichever node runs them.
/// </summary>
public sealed partial class ConsignmentEvents(IConnectionMultiplexer redis, IServiceScopeFactory scopes, ILogger<ConsignmentEvents> logger)
{
    public static readonly RedisChannel Channel = RedisChannel.Literal(ConsignmentEvent.Channel);

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Reads the consignment as it is now and announces it with its latest timeline entry (and the incident, if any).</summary>
    public async Task AnnounceAsync(Guid consignmentId, Guid? incidentId, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var reader = scope.ServiceProvider.GetRequiredService<ConsignmentReader>();
            var consignment = await reader.All().FirstOrDefaultAsync(c => c.Id == consignmentId, ct);
            if (consignment is null)
            {
                return;
            }

            var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.HubDbContext>();
            var entry = await db.Set<ConsignmentTimelineRow>().AsNoTracking().Where(t => t.ConsignmentId == consignmentId)
                .OrderByDescending(t => t.At).ThenByDescending(t => t.Id).Select(t => new TimelineEntry(t.At, t.Kind, t.Step, t.Text)).FirstOrDefaultAsync(ct);
            var incident = incidentId is { } id ? (await reader.IncidentsAsync(consignment.RouteInstanceId, ct)).FirstOrDefault(i => i.Id == id) : null;
            var message = new ConsignmentEvent(await reader.SummaryAsync(consignment, ct), entry, incident);
            await redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(message, Json));
        }
        catch (Exception exception) when (exception is RedisException or InvalidOperationException or IOException or DbUpdateException)
        {
            // The rows are the truth; a board that misses an event catches up when it joins again.
            LogPublishFailed(logger, exception, consignmentId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not announce a change of consignment {ConsignmentId}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, Guid consignmentId);
}

/// <summary>The runtime's hook: every committed step of a consignment route is announced to the boards.</summary>
public sealed class ConsignmentRouteObserver(IServiceScopeFactory scopes, ConsignmentEvents events) : IWorkflowObserver
{
    public async Task OnChangedAsync(WorkflowChange change, CancellationToken ct)
    {
        if (!change.Definition.StartsWith("consignment-", StringComparison.Ordinal))
        {
            return;
        }

        Guid? consignmentId;
        await using (var scope = scopes.CreateAsyncScope())
        {
            consignmentId = await scope.ServiceProvider.GetRequiredService<ConsignmentReader>().All()
                .Where(c => c.RouteInstanceId == change.InstanceId).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        }

        if (consignmentId is { } id)
        {
            await events.AnnounceAsync(id, change.IncidentId, ct);
        }
    }
}
