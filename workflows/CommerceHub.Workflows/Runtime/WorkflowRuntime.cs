using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CommerceHub.Workflows.Activities;
using CommerceHub.Workflows.Definitions;
using CommerceHub.Workflows.Instances;
using CommerceHub.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommerceHub.Workflows.Runtime;

internal sealed partial class WorkflowRuntime(IWorkflowDbFactory dbs, WorkflowRegistry registry, StimulusMatcher matcher,
    WorkflowDispatcher dispatcher, IOptions<WorkflowOptions> options, TimeProvider clock, IEnumerable<IWorkflowObserver> observers,
    ILogger<WorkflowRuntime> logger) : IWorkflowRuntime
{
    private const int MaxPayloadChars = 64 * 1024;

    public async Task<Guid> StartAsync(string definition, object? input = null, string? correlationId = null, CancellationToken ct = default)
    {
        var latest = registry.Latest(definition) ?? throw new WorkflowNotFoundException($"No workflow named '{definition}'.");
        if (correlationId is { Length: 0 or > 200 })
        {
            throw new WorkflowValidationException("A correlation id has 1 to 200 characters.");
        }

        var variables = input is null ? [] : JsonSerializer.SerializeToNode(input, input.GetType(), ActivityContext.Json) as JsonObject
            ?? throw new WorkflowValidationException("The input must serialize to a JSON object.");
        var now = clock.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = Guid.CreateVersion7(),
            Definition = latest.Name,
            Version = latest.Version,
            CorrelationId = correlationId,
            Status = WorkflowStatus.Running,
            SubStatus = $"at {latest.Start}",
            CurrentStep = latest.Start,
            Variables = variables.ToJsonString(),
            CreatedAt = now,
        };
        await using (var lease = dbs.Open())
        {
            lease.Db.Add(instance);
            InstanceChanges.Record(lease.Db, instance, now, latest.Start, "started", $"v{latest.Version}");
            await lease.Db.SaveChangesAsync(ct);
        }

        await dispatcher.ContinueAsync(instance.Id, ct);
        return instance.Id;
    }

    public async Task<DeliveryResult> DeliverAsync(Stimulus stimulus, CancellationToken ct = default)
    {
        var payload = Validate(stimulus);
        var resumed = new ResumedStimulus(stimulus.Name, stimulus.CorrelationKey, payload, TimedOut: false);
        ParkedStimulus parked;
        await using (var lease = dbs.Open())
        {
            if (await IsConsumedAsync(lease.Db, stimulus.Id, ct))
            {
                return new DeliveryResult(DeliveryOutcome.Duplicate);
            }

            var bookmark = await StimulusMatcher.FindBookmarkAsync(lease.Db, stimulus.Name, stimulus.CorrelationKey, ct);
            if (bookmark is not null)
            {
                if (await matcher.TryResumeAsync(bookmark, resumed, stimulus.Id, null, ct))
                {
                    await dispatcher.ContinueAsync(bookmark.InstanceId, ct);
                    return new DeliveryResult(DeliveryOutcome.Resumed, bookmark.InstanceId);
                }

            }

            // Looked up again after the bookmark: a concurrent delivery of the same id that consumed the bookmark
            // committed its consumed row together with the delete, so it is visible now.
            if (await IsConsumedAsync(lease.Db, stimulus.Id, ct))
            {
                return new DeliveryResult(DeliveryOutcome.Duplicate);
            }

            var now = clock.GetUtcNow();
            parked = new ParkedStimulus
            {
                Id = Guid.CreateVersion7(),
                StimulusId = stimulus.Id,
                Stimulus = stimulus.Name,
                CorrelationKey = stimulus.CorrelationKey,
                Payload = payload,
                ReceivedAt = now,
                ExpiresAt = now + options.Value.ParkedStimulusLifetime,
            };
            lease.Db.Add(parked);
            try
            {
                await lease.Db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (stimulus.Id is not null)
            {
                // The unique stimulus id: the same message is already parked.
                return new DeliveryResult(DeliveryOutcome.Duplicate);
            }
        }

        // The bookmark may have been stored while this stimulus was being parked; its runner may not have seen the
        // parked row yet. Looking again after the park committed closes that gap (one of the two sides sees the other).
        return await ResumeParkedAsync(parked, ct);
    }

    private async Task<DeliveryResult> ResumeParkedAsync(ParkedStimulus parked, CancellationToken ct)
    {
        WorkflowBookmark? bookmark;
        await using (var lease = dbs.Open())
        {
            bookmark = await StimulusMatcher.FindBookmarkAsync(lease.Db, parked.Stimulus, parked.CorrelationKey, ct);
        }

        if (bookmark is not null && await matcher.TryResumeAsync(bookmark,
                new ResumedStimulus(parked.Stimulus, parked.CorrelationKey, parked.Payload, TimedOut: false), parked.StimulusId, parked.Id, ct))
        {
            await dispatcher.ContinueAsync(bookmark.InstanceId, ct);
            return new DeliveryResult(DeliveryOutcome.Resumed, bookmark.InstanceId);
        }

        return new DeliveryResult(DeliveryOutcome.Parked, ParkedId: parked.Id);
    }

    /// <summary>Resumes a bookmark whose timer is due (the Hangfire scheduled job, or the sweeper for a lost one).</summary>
    internal async Task FireTimerAsync(Guid bookmarkId, CancellationToken ct)
    {
        WorkflowBookmark? bookmark;
        await using (var lease = dbs.Open())
        {
            bookmark = await lease.Db.Set<WorkflowBookmark>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookmarkId, ct);
        }

        if (bookmark?.DueAt is { } due && due > clock.GetUtcNow())
        {
            // Hangfire keeps schedules in whole seconds, so a job can start a little early; a timer never fires early.
            dispatcher.ScheduleTimer(bookmark.Id, due);
            return;
        }

        if (bookmark is not null && await matcher.TryResumeAsync(bookmark,
                new ResumedStimulus(bookmark.Stimulus, bookmark.CorrelationKey, null, TimedOut: true), null, null, ct))
        {
            await dispatcher.ContinueAsync(bookmark.InstanceId, ct);
        }
    }

    private static Task<bool> IsConsumedAsync(DbContext db, string? stimulusId, CancellationToken ct) =>
        stimulusId is null ? Task.FromResult(false) : db.Set<ConsumedStimulus>().AnyAsync(c => c.StimulusId == stimulusId, ct);

    private static string? Validate(Stimulus stimulus)
    {
        if (stimulus.Name is null || !StimulusName().IsMatch(stimulus.Name))
        {
            throw new WorkflowValidationException("A stimulus name has 1 to 100 letters, digits, '-', '_', '.' or ':'.");
        }

        if (string.IsNullOrWhiteSpace(stimulus.CorrelationKey) || stimulus.CorrelationKey.Length > 200)
        {
            throw new WorkflowValidationException("A correlation key has 1 to 200 characters.");
        }

        if (stimulus.Id is { } id && (string.IsNullOrWhiteSpace(id) || id.Length > 200))
        {
            throw new WorkflowValidationException("A stimulus id has 1 to 200 characters.");
        }

        var payload = stimulus.Payload switch
        {
            null => null,
            JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
            _ => JsonSerializer.Serialize(stimulus.Payload, stimulus.Payload.GetType(), ActivityContext.Json),
        };
        return payload is { Length: > MaxPayloadChars }
            ? throw new WorkflowValidationException($"A stimulus payload is at most {MaxPayloadChars} characters of JSON.")
            : payload;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$")]
    private static partial Regex StimulusName();
}
