using CommerceHub.HubApi.Features.Audit;
using CommerceHub.HubApi.Features.Stock.Journal;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Http;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.Inventory.Allocation;
using CommerceHub.Inventory.Ledger;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Stock;

/// <summary>Stock levels (live from Redis) and receipts/adjustments (audited with before and after).</summary>
public static class StockEndpoints
{
    public sealed record SkuStockView(string Sku, long OnHand, long Reserved, long Available, IReadOnlyList<WarehouseStock> Warehouses);

    public sealed record SkuDetailView(string Sku, long OnHand, long Reserved, long Available,
        IReadOnlyList<WarehouseStock> Warehouses, IReadOnlyList<ChannelAllocation> Channels);

    public sealed record StockMoveView(long Sequence, IReadOnlyList<StockChange> Changes);

    /// <summary>SKUs the journal knows, paged from the database, with live quantities from Redis.</summary>
    public static async Task<Page<SkuStockView>> List([AsParameters] PageQuery page, string? search, HubDbContext db,
        StockLedger ledger, ICurrentUser user, CancellationToken ct)
    {
        var query = db.Set<StockBalance>().AsNoTracking().Select(b => b.Sku).Distinct();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(s => s.Contains(term));
        }

        var skus = await query.OrderBy(s => s).ToPageAsync(page, ct);
        if (skus.Items.Count == 0)
        {
            return new Page<SkuStockView>([], skus.PageNumber, skus.PageSize, skus.Total);
        }

        var live = await LedgerCall.RunAsync(() => ledger.GetAsync(user.RequireMerchantId(), skus.Items, ct)); // Policy requires a merchant.
        return new Page<SkuStockView>([.. live.Select(s => new SkuStockView(s.Sku, s.OnHand, s.Reserved, s.Available, s.Warehouses))],
            skus.PageNumber, skus.PageSize, skus.Total);
    }

    public static async Task<SkuDetailView> Get(string sku, StockLedger ledger, ChannelQuantities channels, ICurrentUser user, CancellationToken ct)
    {
        new Validation().Check(InventoryInput.IsCode(sku), "sku", "must be 1-64 letters, digits or . _ / -.").ThrowIfInvalid();
        var merchantId = user.RequireMerchantId(); // Policy requires a merchant.
        var stock = await LedgerCall.RunAsync(() => ledger.GetAsync(merchantId, sku, ct));
        if (stock.Warehouses.Count == 0)
        {
            throw new NotFoundException($"No stock was ever recorded for SKU '{sku}'.");
        }

        var allocations = await channels.ComputeAsync(merchantId, sku, ct);
        return new SkuDetailView(sku, stock.OnHand, stock.Reserved, stock.Available, stock.Warehouses, allocations);
    }

    public static Task<Results<Ok<StockMoveView>, ProblemHttpResult>> Receive(StockMoveInput input, HubDbContext db, StockLedger ledger,
        AuditTrail audit, ICurrentUser user, CancellationToken ct) => MoveAsync(input, receiving: true, db, ledger, audit, user, ct);

    public static Task<Results<Ok<StockMoveView>, ProblemHttpResult>> Adjust(StockMoveInput input, HubDbContext db, StockLedger ledger,
        AuditTrail audit, ICurrentUser user, CancellationToken ct) => MoveAsync(input, receiving: false, db, ledger, audit, user, ct);

    private static async Task<Results<Ok<StockMoveView>, ProblemHttpResult>> MoveAsync(StockMoveInput input, bool receiving,
        HubDbContext db, StockLedger ledger, AuditTrail audit, ICurrentUser user, CancellationToken ct)
    {
        var lines = await StockInputs.ValidateAsync(input, receiving, db, ct);
        var merchantId = user.RequireMerchantId(); // Policy requires a merchant.
        var reference = input.Reference ?? $"{(receiving ? "rcv" : "adj")}-{Guid.CreateVersion7():N}";
        var result = await LedgerCall.RunAsync(() => receiving
            ? ledger.ReceiveAsync(merchantId, reference, lines, ct)
            : ledger.AdjustAsync(merchantId, reference, lines, ct));
        if (!result.Success)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Adjustment refused",
                detail: string.Join(" ", result.Refusals.Select(r => r.Reason == "negative"
                    ? $"lines[{r.LineIndex}]: {r.Sku}@{r.Warehouse} would go below zero."
                    : $"lines[{r.LineIndex}]: {r.Sku}@{r.Warehouse} would go below the {r.Reserved} reserved.")) + " Nothing was changed.",
                extensions: new Dictionary<string, object?> { ["refusals"] = result.Refusals });
        }

        foreach (var change in result.Changes)
        {
            audit.Record(merchantId, "stock", $"{change.Sku}@{change.Warehouse}", receiving ? "receive" : "adjust",
                new { onHand = change.OnHandBefore, reserved = change.Reserved },
                new { onHand = change.OnHandAfter, reserved = change.Reserved, reference, reason = input.Reason, sequence = result.Sequence });
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new StockMoveView(result.Sequence, result.Changes));
    }
}
