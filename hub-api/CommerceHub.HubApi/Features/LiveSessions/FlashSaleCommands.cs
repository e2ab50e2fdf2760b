using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Features.Stock;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Allocation;
using CommerceHub.Inventory.Ledger;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>
/// Flash sales: the units are reserved from the shared pool when the sale is announced, so no channel can sell them
/// during the countdown or the sale; orders on the session's channels claim them (<see cref="IFlashSaleStock"/>), and
/// whatever is left goes back to the pool when the sale ends (by hand, with the session, or by the scheduled job).
/// The session's platforms keep showing the held units (a shared bucket), or they would take no order to claim them.
/// </summary>
public sealed class FlashSaleCommands(HubDbContext db, StockLedger ledger, LiveStateReader reader, LiveIndex index,
    LiveNotifier notify, ChannelQuantities quantities, IBackgroundJobClient jobs, TimeProvider clock)
{
    // Beyond the planned end, in case the end job is lost: the ledger's expiry then returns the units.
    private static readonly TimeSpan ReservationMargin = TimeSpan.FromMinutes(10);

    /// <summary>The ledger channel a sale's units are held for: the session's own live room, not any one platform.</summary>
    public static string HoldingChannel(Guid sessionId) => $"live-{sessionId:N}";

    public static ActiveSession Active(LiveSession session, FlashSale? sale) => new(
        session.Id, session.Channels, [.. session.Lineup.Select(l => l.Sku)], session.StartedAt ?? session.CreatedAt,
        sale is { EndedAt: null } ? new ActiveSale(sale.Id, sale.ReservationId, sale.StartsAt, sale.EndsAt, [.. sale.Items.Select(i => i.Sku)]) : null);

    public async Task<FlashSaleState> StartAsync(Guid sessionId, StartFlashSaleRequest input, CancellationToken ct)
    {
        var session = await db.Set<LiveSession>().SingleOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new NotFoundException($"No live session '{sessionId}'.");
        LiveInputs.FlashSale(input, [.. session.Lineup.Select(l => l.Sku)]).ThrowIfInvalid();
        if (session.Status != LiveSessionStatus.Live)
        {
            throw new ConflictException($"The session is {session.Status}; flash sales run while it is live.");
        }

        if (await db.Set<FlashSale>().AnyAsync(f => f.SessionId == sessionId && f.EndedAt == null, ct))
        {
            throw new ConflictException("A flash sale is already running in this session; end it first.");
        }

        var now = clock.GetUtcNow();
        var sale = new FlashSale
        {
            MerchantId = session.MerchantId, SessionId = session.Id, ReservationId = "",
            StartsAt = now.AddSeconds(input.CountdownSeconds),
            Items = [.. input.Items.Select(i => new FlashSaleSlot(i.Sku, i.SalePrice, i.Quantity, 0))],
        };
        sale.ReservationId = $"flash-{sale.Id:N}";
        sale.EndsAt = sale.StartsAt.AddMinutes(input.DurationMinutes);
        // Shared before the reservation, whose movement recomputes the channels' quantities with the sale's units in.
        await quantities.ShareBucketAsync(session.MerchantId, HoldingChannel(session.Id), session.Channels);
        await ReserveAsync(session, sale, ct);

        db.Add(sale);
        // Bumping the session's version makes two sales started at once conflict instead of both holding stock.
        session.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await ledger.ReleaseAsync(session.MerchantId, sale.ReservationId, cancellationToken: ct);
            throw new ConflictException("Another flash sale was started at the same time; its stock is kept, this one was not started.");
        }

        jobs.Schedule<LiveJobs>(j => j.OpenFlashSaleAsync(sale.MerchantId, sale.Id, CancellationToken.None), sale.StartsAt);
        jobs.Schedule<LiveJobs>(j => j.EndFlashSaleAsync(sale.MerchantId, sale.Id, CancellationToken.None), sale.EndsAt);
        await index.PutAsync(session.MerchantId, Active(session, sale));
        var state = await reader.SaleStateAsync(sale, ct);
        await notify.FlashSaleAsync(state);
        return state;
    }

    public async Task<FlashSaleState> EndAsync(Guid sessionId, Guid saleId, CancellationToken ct)
    {
        var session = await db.Set<LiveSession>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new NotFoundException($"No live session '{sessionId}'.");
        var sale = await db.Set<FlashSale>().SingleOrDefaultAsync(f => f.Id == saleId && f.SessionId == sessionId, ct)
            ?? throw new NotFoundException($"No flash sale '{saleId}' in this session.");
        return await FinishAsync(session, sale, ct);
    }

    /// <summary>Ends whatever sale the session still runs (the session is ending).</summary>
    public async Task EndOpenSalesAsync(LiveSession session, CancellationToken ct)
    {
        foreach (var sale in await db.Set<FlashSale>().Where(f => f.SessionId == session.Id && f.EndedAt == null).ToListAsync(ct))
        {
            await FinishAsync(session, sale, ct);
        }

        // Only now: a sale's end may run twice, and a late second run must not hide the next sale's units.
        await quantities.UnshareBucketAsync(session.MerchantId, HoldingChannel(session.Id));
    }

    /// <summary>
    /// Stops claims, returns the unsold units and records what sold. Safe to run twice and after a crash: the release
    /// of a closed reservation does nothing, and an ended sale keeps its figures.
    /// </summary>
    public async Task<FlashSaleState> FinishAsync(LiveSession session, FlashSale sale, CancellationToken ct)
    {
        if (session.Status == LiveSessionStatus.Live)
        {
            await index.PutAsync(session.MerchantId, Active(session, null));
        }

        var released = await LedgerCall.RunAsync(async () =>
        {
            try
            {
                return (await ledger.ReleaseAsync(sale.MerchantId, sale.ReservationId, cancellationToken: ct)).Lines;
            }
            catch (ReservationNotFoundException)
            {
                return [];
            }
        });
        if (sale.EndedAt is null)
        {
            // What the release returned is exactly what no order claimed; a sale claimed to the last unit has nothing to release.
            var back = released.GroupBy(l => l.Sku).ToDictionary(g => g.Key, g => -g.Sum(l => l.ReservedDelta));
            sale.Items = [.. sale.Items.Select(i => i with { Sold = i.Allocated - (int)back.GetValueOrDefault(i.Sku) })];
            sale.EndedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        var state = await reader.SaleStateAsync(sale, ct);
        await notify.FlashSaleAsync(state);
        return state;
    }

    private async Task ReserveAsync(LiveSession session, FlashSale sale, CancellationToken ct)
    {
        var stock = await LedgerCall.RunAsync(() => ledger.GetAsync(session.MerchantId, [.. sale.Items.Select(i => i.Sku)], ct));
        var lines = new List<ReservationLine>();
        var missing = new List<string>();
        foreach (var item in sale.Items)
        {
            // Split over warehouses, most available first: the sale takes from the whole pool, not one warehouse.
            var need = (long)item.Allocated;
            var sku = stock.FirstOrDefault(s => s.Sku == item.Sku);
            foreach (var w in (sku?.Warehouses ?? []).Where(w => w.Available > 0).OrderByDescending(w => w.Available))
            {
                var take = Math.Min(need, w.Available);
                lines.Add(new ReservationLine(item.Sku, take, [w.Warehouse]));
                need -= take;
                if (need == 0)
                {
                    break;
                }
            }

            if (need > 0)
            {
                missing.Add($"{item.Sku} has {item.Allocated - need} available");
            }
        }

        if (missing.Count > 0)
        {
            throw new ConflictException($"Not enough stock for the sale: {string.Join("; ", missing)}.");
        }

        var request = new ReservationRequest(session.MerchantId, sale.ReservationId, lines)
        {
            Purpose = ReservationPurpose.Live,
            Channel = HoldingChannel(session.Id),
            TimeToLive = sale.EndsAt - clock.GetUtcNow() + ReservationMargin,
        };
        var result = await LedgerCall.RunAsync(() => ledger.ReserveAsync(request, ct));
        if (!result.Success)
        {
            // Another channel sold between the read and the reservation.
            var refused = string.Join("; ", result.Refusals.Select(r => $"{r.Sku} has {r.Available} in that warehouse"));
            await notify.AlertAsync(new LiveAlert(session.Id, LiveAlertKind.ReservationRefused, result.Refusals[0].Sku, null,
                $"Flash sale stock could not be reserved: {refused}", clock.GetUtcNow()));
            throw new ConflictException($"The sale's stock was sold elsewhere meanwhile: {refused}.");
        }
    }
}
