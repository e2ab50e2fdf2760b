using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.Inventory.Ledger;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Stock;

/// <summary>Reserve, read, commit and release; reservations live in the merchant's own Redis keys, so tenancy is by key.</summary>
public static class ReservationEndpoints
{
    public sealed record ReserveLineInput(string? Sku, long? Quantity, IReadOnlyList<string>? Warehouses);

    public sealed record ReserveInput(string? ReservationId, IReadOnlyList<ReserveLineInput>? Lines, string? Purpose, string? Channel, int? TtlSeconds);

    public sealed record SettleInput(IReadOnlyList<SkuQuantity>? Lines, string? IdempotencyKey);

    public static async Task<Results<Created<ReservationResult>, Ok<ReservationResult>, ProblemHttpResult>> Reserve(
        ReserveInput input, StockLedger ledger, HubDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var merchantId = user.RequireMerchantId(); // Policy requires a merchant.
        var purpose = ReservationPurpose.Order;
        new Validation()
            .Check(input.Lines is { Count: > 0 }, "lines", "must hold at least one line.")
            .Check(input.Purpose is null || (Enum.TryParse(input.Purpose, ignoreCase: true, out purpose) && Enum.IsDefined(purpose)), "purpose", "must be Order, Channel, Campaign or Live.")
            .Check(input.TtlSeconds is null or (> 0 and <= 30 * 24 * 3600), "ttlSeconds", "must be between 1 second and 30 days.")
            .ThrowIfInvalid();
        if (input.Channel is not null && !await db.Set<Channels.SalesChannel>().AnyAsync(c => c.Code == input.Channel, ct))
        {
            throw new HubValidationException("channel", $"'{input.Channel}' is not one of your channels.");
        }

        var lines = new List<ReservationLine>();
        foreach (var line in input.Lines!) // Checked above.
        {
            // Without a warehouse list, any warehouse that holds the SKU may cover the line.
            var warehouses = line.Warehouses is { Count: > 0 } listed ? listed
                : line.Sku is not null && InventoryInput.IsCode(line.Sku)
                    ? (await LedgerCall.RunAsync(() => ledger.GetAsync(merchantId, line.Sku, ct))).Warehouses.Select(w => w.Warehouse).ToList() : [];
            lines.Add(new ReservationLine(line.Sku ?? "", line.Quantity ?? 0, warehouses.Count > 0 ? warehouses : ["NONE"]));
        }

        var request = new ReservationRequest(merchantId, input.ReservationId ?? "", lines)
        {
            Purpose = purpose,
            Channel = input.Channel,
            TimeToLive = input.TtlSeconds is { } ttl ? TimeSpan.FromSeconds(ttl) : null,
        };
        var result = await LedgerCall.RunAsync(() => ledger.ReserveAsync(request, ct));
        if (!result.Success)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Insufficient stock",
                detail: string.Join(" ", result.Refusals.Select(r => r.Reason == RefusalReason.UnknownSkuOrWarehouse
                    ? $"lines[{r.LineIndex}]: no stock of {r.Sku} is recorded in the listed warehouses."
                    : $"lines[{r.LineIndex}]: {r.Sku} has at most {r.Available} available in one listed warehouse.")) + " Nothing was reserved.",
                extensions: new Dictionary<string, object?> { ["refusals"] = result.Refusals });
        }

        return result.Replayed ? TypedResults.Ok(result) : TypedResults.Created($"/api/stock/reservations/{request.ReservationId}", result);
    }

    public static async Task<ReservationView> Get(string id, StockLedger ledger, ICurrentUser user, CancellationToken ct) =>
        await LedgerCall.RunAsync(() => ledger.GetReservationAsync(user.RequireMerchantId(), id, ct)) // Policy requires a merchant.
        ?? throw new NotFoundException($"Reservation '{id}' does not exist.");

    public static Task<SettleResult> Commit(string id, SettleInput? input, StockLedger ledger, ICurrentUser user, CancellationToken ct) =>
        LedgerCall.RunAsync(() => ledger.CommitAsync(user.RequireMerchantId(), id, input?.Lines, input?.IdempotencyKey, ct)); // Policy requires a merchant.

    public static Task<SettleResult> Release(string id, SettleInput? input, StockLedger ledger, ICurrentUser user, CancellationToken ct) =>
        LedgerCall.RunAsync(() => ledger.ReleaseAsync(user.RequireMerchantId(), id, input?.Lines, input?.IdempotencyKey, ct)); // Policy requires a merchant.
}
