using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>
/// One pass over the push inbox: claims the oldest pending rows (a conditional update, so passes on several nodes
/// take disjoint rows and a dead node's claim lapses after <see cref="OrdersOptions.ClaimTime"/>), processes them as
/// one batch, and records each row's result: imported rows in the import's own transaction, the rest afterwards.
/// A row whose detail read failed waits with a growing back-off and gives up after
/// <see cref="OrdersOptions.MaxAttempts"/> (the shop's poll still brings the order in).
/// </summary>
public sealed partial class InboxDrain(
    HubDbContext db, IServiceProvider services, OrderPushBatch batch, IOptions<OrdersOptions> options, TimeProvider clock, ILogger<InboxDrain> logger)
{
    private static readonly TimeSpan BusyDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>Returns how many pending rows the pass found (claimed by it or by a racing pass); 0 when the inbox is empty.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken ct) => await DrainOnceAsync(options.Value.DrainBatchSize, ct);

    public async Task<int> DrainOnceAsync(int batchSize, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var inbox = db.Set<PushInboxEntry>();
        var candidates = await inbox
            .Where(p => p.ProcessedAt == null && (p.ClaimedUntil == null || p.ClaimedUntil < now) && (p.NextAttemptAt == null || p.NextAttemptAt <= now))
            .OrderBy(p => p.Id).Select(p => p.Id).Take(batchSize).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var token = Guid.NewGuid();
        var until = now + options.Value.ClaimTime;
        await inbox.Where(p => candidates.Contains(p.Id) && p.ProcessedAt == null && (p.ClaimedUntil == null || p.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ClaimToken, token).SetProperty(p => p.ClaimedUntil, until), ct);
        var rows = await inbox.AsNoTracking().Where(p => p.ClaimToken == token).OrderBy(p => p.Id).ToListAsync(ct);
        try
        {
            await ProcessAsync(rows, token, ct);
        }
        finally
        {
            // Stopping (or failing) mid-pass: hand the unfinished rows back at once instead of after the claim lapses.
            await inbox.Where(p => p.ClaimToken == token && p.ProcessedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ClaimToken, (Guid?)null).SetProperty(p => p.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
        }

        return candidates.Count;
    }

    private async Task ProcessAsync(List<PushInboxEntry> rows, Guid token, CancellationToken ct)
    {
        var work = new List<PushWork>(rows.Count);
        var unreadable = new List<(long Id, string Outcome)>();
        foreach (var row in rows)
        {
            var (push, problem) = Parse(row);
            if (push is not null)
            {
                work.Add(new PushWork(row.Id, push, row.Admitted));
            }
            else
            {
                unreadable.Add((row.Id, problem!));
            }
        }

        await batch.ProcessAsync(work, (imported, c) => RecordDoneAsync(imported, token, c), ct);
        var attempts = rows.ToDictionary(r => r.Id, r => r.Attempts);
        await RecordAsync([.. work.Where(w => !w.Recorded)], attempts, token, ct);
        foreach (var (id, outcome) in unreadable)
        {
            await MarkDoneAsync([id], outcome, token, ct);
        }
    }

    private (MarketplacePush? Push, string? Problem) Parse(PushInboxEntry row)
    {
        if (services.GetKeyedService<IPushReceiver>(row.Marketplace) is not { } receiver)
        {
            return (null, $"ignored: this node has no {row.Marketplace} connector");
        }

        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(row.Headers) ?? [];
        try
        {
            return (receiver.Parse(new InboundPush(new Uri(row.CallbackUrl), row.RawBody,
                new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase))), null);
        }
        catch (MarketplaceValidationException e)
        {
            LogUnreadable(logger, row.Marketplace, row.Id, e.Message);
            return (null, "unreadable: " + e.Message);
        }
    }

    private async Task RecordDoneAsync(IReadOnlyList<PushWork> imported, Guid token, CancellationToken ct)
    {
        foreach (var group in imported.GroupBy(w => w.Result!.Outcome, StringComparer.Ordinal))
        {
            await MarkDoneAsync([.. group.Select(w => w.InboxId!.Value)], group.Key, token, ct);
            foreach (var item in group)
            {
                item.Recorded = true;
            }
        }
    }

    private async Task RecordAsync(List<PushWork> work, Dictionary<long, int> attempts, Guid token, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var item in work.Where(w => w.Result is null || w.Result.Kind != PushResultKind.Done))
        {
            var failed = item.Result?.Kind != PushResultKind.Busy;
            var tries = attempts[item.InboxId!.Value] + (failed ? 1 : 0);
            var outcome = item.Result?.Outcome ?? "not processed";
            if (tries >= options.Value.MaxAttempts)
            {
                LogGaveUp(logger, item.Push.Shop?.Marketplace ?? default, item.InboxId.Value, tries, outcome);
                await MarkDoneAsync([item.InboxId.Value], Truncate("gave up: " + outcome), token, ct);
                continue;
            }

            var next = now + (failed ? Backoff(tries) : BusyDelay);
            var admitted = item.Admitted;
            await db.Set<PushInboxEntry>().Where(p => p.Id == item.InboxId && p.ClaimToken == token)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Attempts, tries).SetProperty(p => p.NextAttemptAt, next)
                    .SetProperty(p => p.Admitted, admitted).SetProperty(p => p.Outcome, Truncate(outcome))
                    .SetProperty(p => p.ClaimToken, (Guid?)null).SetProperty(p => p.ClaimedUntil, (DateTimeOffset?)null), ct);
        }

        foreach (var group in work.Where(w => w.Result?.Kind == PushResultKind.Done).GroupBy(w => w.Result!.Outcome, StringComparer.Ordinal))
        {
            await MarkDoneAsync([.. group.Select(w => w.InboxId!.Value)], group.Key, token, ct);
        }
    }

    private async Task MarkDoneAsync(List<long> ids, string outcome, Guid token, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var text = Truncate(outcome);
        await db.Set<PushInboxEntry>().Where(p => ids.Contains(p.Id) && p.ClaimToken == token)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ProcessedAt, now).SetProperty(p => p.Outcome, text)
                .SetProperty(p => p.ClaimToken, (Guid?)null).SetProperty(p => p.ClaimedUntil, (DateTimeOffset?)null), ct);
    }

    /// <summary>1 s, 2 s, 4 s … capped at five minutes.</summary>
    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, attempts - 1)));

    private static string Truncate(string text) => text.Length > 500 ? text[..500] : text;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Marketplace} push {InboxId} could not be parsed: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, Marketplace marketplace, long inboxId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Marketplace} push {InboxId} given up after {Attempts} attempts ({Outcome}); the shop's poll brings the order in")]
    private static partial void LogGaveUp(ILogger logger, Marketplace marketplace, long inboxId, int attempts, string outcome);
}
