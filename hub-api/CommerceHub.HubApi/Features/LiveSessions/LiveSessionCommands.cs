using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Features.Catalog;
using CommerceHub.HubApi.Features.Channels;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>Schedule, lineup, start, pin and end; shared by the REST endpoints and the hub. Queries go through the tenant filter.</summary>
public sealed class LiveSessionCommands(HubDbContext db, ICurrentUser user, LiveStateReader reader, LiveIndex index,
    LiveNotifier notify, FlashSaleCommands sales, TimeProvider clock)
{
    public async Task<LiveSessionView> ScheduleAsync(ScheduleLiveSessionRequest input, CancellationToken ct)
    {
        var merchantId = user.RequireMerchantId();
        var v = LiveInputs.Schedule(input, clock.GetUtcNow());
        v.ThrowIfInvalid();
        await CheckChannelsAsync(input.Channels, ct);
        var session = new LiveSession
        {
            MerchantId = merchantId, Title = input.Title.Trim(), Currency = input.Currency, ScheduledStart = input.ScheduledStart,
            Channels = [.. input.Channels], Lineup = await LineupAsync(input.Lineup, input.Currency, ct), CreatedAt = clock.GetUtcNow(),
        };
        db.Add(session);
        await db.SaveChangesAsync(ct);
        return await reader.ViewAsync(session, ct);
    }

    public async Task<LiveSessionView> SetLineupAsync(Guid id, SetLineupRequest input, CancellationToken ct)
    {
        var session = await FindAsync(id, ct, tracking: true);
        LiveInputs.Lineup(new Validation(), input?.Lineup, session.Currency).ThrowIfInvalid();
        if (session.Status == LiveSessionStatus.Ended)
        {
            throw new ConflictException("The session has ended; its lineup is final.");
        }

        session.Lineup = await LineupAsync(input!.Lineup, session.Currency, ct); // Validated above.
        if (session.PinnedSku is { } pinned && session.Lineup.All(l => l.Sku != pinned))
        {
            (session.PinnedSku, session.PinnedAt) = (null, clock.GetUtcNow());
        }

        await SaveAsync(session, ct);
        return await PublishAsync(session, ct);
    }

    public async Task<LiveSessionView> StartAsync(Guid id, CancellationToken ct)
    {
        var session = await FindAsync(id, ct, tracking: true);
        if (session.Status != LiveSessionStatus.Scheduled)
        {
            throw new ConflictException($"The session is {session.Status}; only a scheduled session can start.");
        }

        (session.Status, session.StartedAt) = (LiveSessionStatus.Live, clock.GetUtcNow());
        await SaveAsync(session, ct);
        return await PublishAsync(session, ct);
    }

    public async Task<LiveSessionView> EndAsync(Guid id, CancellationToken ct)
    {
        var session = await FindAsync(id, ct, tracking: true);
        if (session.Status != LiveSessionStatus.Live)
        {
            throw new ConflictException($"The session is {session.Status}; only a live session can end.");
        }

        await sales.EndOpenSalesAsync(session, ct);
        (session.Status, session.EndedAt) = (LiveSessionStatus.Ended, clock.GetUtcNow());
        await SaveAsync(session, ct);
        return await PublishAsync(session, ct);
    }

    public async Task<LivePin> PinAsync(Guid id, string? sku, CancellationToken ct)
    {
        var session = await FindAsync(id, ct, tracking: true);
        if (session.Status != LiveSessionStatus.Live)
        {
            throw new ConflictException($"The session is {session.Status}; products are pinned while it is live.");
        }

        if (sku is not null && session.Lineup.All(l => l.Sku != sku))
        {
            throw new HubValidationException("sku", $"'{sku}' is not in the session's lineup.");
        }

        (session.PinnedSku, session.PinnedAt) = (sku, clock.GetUtcNow());
        await SaveAsync(session, ct);
        var pin = new LivePin(session.Id, sku, session.PinnedAt.Value);
        await notify.PinAsync(pin);
        return pin;
    }

    public async Task<LiveSessionState> StateAsync(Guid id, CancellationToken ct) =>
        await reader.StateAsync(await FindAsync(id, ct), ct);

    public async Task<LiveSessionView> GetAsync(Guid id, CancellationToken ct) =>
        await reader.ViewAsync(await FindAsync(id, ct), ct);

    /// <summary>The caller's session; another merchant's is filtered out and so answers exactly like a missing one.</summary>
    public async Task<LiveSession> FindAsync(Guid id, CancellationToken ct, bool tracking = false)
    {
        var query = tracking ? db.Set<LiveSession>() : db.Set<LiveSession>().AsNoTracking();
        return await query.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException($"No live session '{id}'.");
    }

    /// <summary>Keeps the live index (routing on every node) in step with the session and tells its consoles.</summary>
    private async Task<LiveSessionView> PublishAsync(LiveSession session, CancellationToken ct)
    {
        if (session.Status == LiveSessionStatus.Live)
        {
            var sale = await reader.CurrentSaleAsync(session, ct);
            await index.PutAsync(session.MerchantId, FlashSaleCommands.Active(session, sale));
        }
        else
        {
            await index.RemoveAsync(session.MerchantId, session.Id);
        }

        var state = await reader.StateAsync(session, ct);
        await notify.SessionStateAsync(state);
        return state.Session;
    }

    private async Task SaveAsync(LiveSession session, CancellationToken ct)
    {
        session.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The session was changed at the same time by someone else; reload and try again.");
        }
    }

    private async Task CheckChannelsAsync(IReadOnlyList<string> codes, CancellationToken ct)
    {
        var known = await db.Set<SalesChannel>().Where(c => codes.Contains(c.Code) && c.Enabled).Select(c => c.Code).ToListAsync(ct);
        var unknown = codes.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new HubValidationException("channels", $"Not enabled sales channels of yours: {string.Join(", ", unknown)}.");
        }
    }

    private async Task<List<LineupSlot>> LineupAsync(IReadOnlyList<LineupEntry> entries, string currency, CancellationToken ct)
    {
        var skus = entries.Select(e => e.Sku).ToList();
        var prices = await db.Set<ProductVariant>().Where(v => skus.Contains(v.Sku)).ToDictionaryAsync(v => v.Sku, v => v.PriceCny, ct);
        var unknown = skus.Where(s => !prices.ContainsKey(s)).ToList();
        if (unknown.Count > 0)
        {
            throw new HubValidationException("lineup", $"Not SKUs of your catalog: {string.Join(", ", unknown)}.");
        }

        // A missing live price is allowed only in CNY (checked by LiveInputs), where the catalog price applies as is.
        return [.. entries.Select(e => new LineupSlot(e.Sku, e.LivePrice ?? prices[e.Sku]))];
    }
}
