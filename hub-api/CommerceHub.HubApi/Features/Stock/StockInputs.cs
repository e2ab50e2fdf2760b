using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Ledger;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Stock;

public sealed record StockLineInput(string? Sku, string? Warehouse, long? Quantity, string? Mode);

public sealed record StockMoveInput(string? Reference, string? Reason, IReadOnlyList<StockLineInput>? Lines);

/// <summary>Checks stock input against the library's limits, the merchant's catalog and the park's warehouses.</summary>
public static class StockInputs
{
    public static async Task<IReadOnlyList<StockAdjustment>> ValidateAsync(StockMoveInput input, bool receiving, HubDbContext db, CancellationToken ct)
    {
        var v = new Validation()
            .Check(input.Reference is null || InventoryInput.IsId(input.Reference), "reference", "must be 1-100 letters, digits or . _ : -.")
            .Check(input.Reason is null || input.Reason.Length <= 500, "reason", "must be at most 500 characters.")
            .Check(input.Lines is { Count: > 0 and <= InventoryInput.MaxLines }, "lines", $"must hold 1 to {InventoryInput.MaxLines} lines.");
        v.ThrowIfInvalid();
        var lines = input.Lines!; // Checked just above.
        var skus = lines.Select(l => l.Sku).OfType<string>().Distinct().ToList();
        var known = await db.Variants.Where(x => skus.Contains(x.Sku)).Select(x => x.Sku).ToListAsync(ct);
        var warehouses = await db.Warehouses.Select(w => w.Code).ToListAsync(ct);
        var result = new List<StockAdjustment>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, at) = (lines[i], $"lines[{i}]");
            var set = string.Equals(line.Mode, "set", StringComparison.OrdinalIgnoreCase);
            v.Check(known.Contains(line.Sku ?? ""), $"{at}.sku", $"'{line.Sku}' is not a SKU of your catalog.")
                .Check(warehouses.Contains(line.Warehouse ?? ""), $"{at}.warehouse", $"'{line.Warehouse}' is not a warehouse of the park.")
                .Check(line.Mode is null || set || string.Equals(line.Mode, "delta", StringComparison.OrdinalIgnoreCase), $"{at}.mode", "must be 'delta' or 'set'.")
                .Check(!receiving || !set, $"{at}.mode", "a receipt adds stock; use an adjustment to set a counted quantity.");
            var q = line.Quantity ?? 0;
            var ok = receiving || set ? q is >= 0 and <= InventoryInput.MaxQuantity && (set || q > 0)
                : q != 0 && Math.Abs(q) <= InventoryInput.MaxQuantity;
            v.Check(ok, $"{at}.quantity", receiving ? $"must be between 1 and {InventoryInput.MaxQuantity}."
                : set ? $"must be between 0 and {InventoryInput.MaxQuantity}." : $"must be a non-zero change of at most {InventoryInput.MaxQuantity}.");
            result.Add(new StockAdjustment(line.Sku ?? "", line.Warehouse ?? "", q, set ? AdjustMode.SetTo : AdjustMode.Delta));
        }

        v.ThrowIfInvalid();
        return result;
    }
}
