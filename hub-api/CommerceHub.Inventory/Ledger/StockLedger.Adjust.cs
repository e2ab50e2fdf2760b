using CommerceHub.HubApi.Contracts.Stock;
using CommerceHub.Inventory.Journal;
using StackExchange.Redis;

namespace CommerceHub.Inventory.Ledger;

public sealed partial class StockLedger
{
    /// <summary>Adds received stock; every quantity must be positive.</summary>
    public Task<AdjustResult> ReceiveAsync(Guid merchantId, string reference, IReadOnlyList<StockAdjustment> lines,
        CancellationToken cancellationToken = default)
    {
        InventoryInput.Lines(lines, "Lines");
        foreach (var line in lines)
        {
            if (line.Mode != AdjustMode.Delta)
            {
                throw new ArgumentException("Receiving adds stock; use AdjustAsync to set a counted quantity.", nameof(lines));
            }

            InventoryInput.Quantity(line.Quantity, "Quantity");
        }

        return ApplyAsync(merchantId, reference, MovementKind.Receive, lines, cancellationToken);
    }

    /// <summary>
    /// Changes on hand by a delta or to a counted value, all lines or none. Refused (nothing written) where on hand
    /// would fall below what is reserved.
    /// </summary>
    public Task<AdjustResult> AdjustAsync(Guid merchantId, string reference, IReadOnlyList<StockAdjustment> lines,
        CancellationToken cancellationToken = default)
    {
        InventoryInput.Lines(lines, "Lines");
        foreach (var line in lines)
        {
            if (line.Mode == AdjustMode.SetTo)
            {
                InventoryInput.Quantity(line.Quantity, "Quantity", allowZero: true);
            }
            else if (line.Quantity == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(lines), "A delta adjustment must not be zero.");
            }
            else
            {
                InventoryInput.Quantity(line.Quantity, "Quantity", allowNegative: true);
            }
        }

        return ApplyAsync(merchantId, reference, MovementKind.Adjust, lines, cancellationToken);
    }

    private async Task<AdjustResult> ApplyAsync(Guid merchantId, string reference, MovementKind kind,
        IReadOnlyList<StockAdjustment> lines, CancellationToken ct)
    {
        InventoryInput.Id(reference, "Reference");
        var values = new List<RedisValue>(5 + lines.Count * 4)
        {
            merchantId.ToString("N"), reference, NowMs, LedgerMovement.KindCode(kind), lines.Count,
        };
        foreach (var line in lines)
        {
            InventoryInput.Code(line.Sku, "Sku");
            InventoryInput.Code(line.Warehouse, "Warehouse");
            values.Add(line.Sku);
            values.Add(line.Warehouse);
            values.Add(line.Mode == AdjustMode.SetTo ? "s" : "d");
            values.Add(line.Quantity);
        }

        var r = await RunAsync(LedgerScripts.Adjust, [RedisKeys.Stock(merchantId), RedisKeys.Outbox, RedisKeys.Loaded], [.. values], ct);
        if ((int)r[0] == 1)
        {
            var moved = ReadLines(r, 2);
            events.Publish(merchantId, StockEventKind.Changed, (long)r[1], null, moved, time.GetUtcNow());
            return new AdjustResult(true, (long)r[1],
                [.. moved.Select(l => new StockChange(l.Sku, l.Warehouse, l.OnHand - l.OnHandDelta, l.OnHand, l.Reserved))], []);
        }

        var refusals = new List<AdjustRefusal>();
        for (var i = 1; i + 2 < r.Length; i += 3)
        {
            var index = (int)r[i] - 1;
            refusals.Add(new AdjustRefusal(index, lines[index].Sku, lines[index].Warehouse, (string)r[i + 1]!, (long)r[i + 2]));
        }

        return new AdjustResult(false, 0, [], refusals);
    }
}
