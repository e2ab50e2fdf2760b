using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>Scheduled flash-sale steps. Ids only; both are safe to run twice or late.</summary>
public sealed class LiveJobs(HubDbContext db, CurrentUser user, LiveStateReader reader, LiveNotifier notify, FlashSaleCommands sales)
{
    /// <summary>The countdown is over: tells the consoles the sale is open (claims already go by the clock).</summary>
    [AutomaticRetry(Attempts = 0)]
    [Queue("critical")]
    public async Task OpenFlashSaleAsync(Guid merchantId, Guid saleId, CancellationToken ct)
    {
        user.ActAs(merchantId, "live-sessions");
        if (await db.Set<FlashSale>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == saleId, ct) is { EndedAt: null } sale)
        {
            await notify.FlashSaleAsync(await reader.SaleStateAsync(sale, ct));
        }
    }

    /// <summary>Time is up: returns the unsold units to the pool.</summary>
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [1, 5, 15, 60, 300])]
    [Queue("critical")]
    public async Task EndFlashSaleAsync(Guid merchantId, Guid saleId, CancellationToken ct)
    {
        user.ActAs(merchantId, "live-sessions");
        var sale = await db.Set<FlashSale>().SingleOrDefaultAsync(f => f.Id == saleId, ct);
        var session = sale is null ? null : await db.Set<LiveSession>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == sale.SessionId, ct);
        if (sale is not null && session is not null)
        {
            await sales.FinishAsync(session, sale, ct);
        }
    }
}
