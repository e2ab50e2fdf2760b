using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.Inventory.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Stock.Reconciliation;

public static class ReconciliationEndpoints
{
    public static async Task<ReconciliationRun> Run(LedgerReconciler reconciler, HubDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var run = ReconciliationRun.From(await reconciler.ReconcileAsync(user.RequireMerchantId(), ct)); // Policy requires a merchant.
        db.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    public static async Task<ReconciliationRun> Latest(HubDbContext db, CancellationToken ct) =>
        await db.Set<ReconciliationRun>().AsNoTracking().OrderByDescending(r => r.At).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException("No reconciliation has run for your stock yet.");
}
