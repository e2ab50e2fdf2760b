using CommerceHub.HubApi.Contracts.Stock;
using StackExchange.Redis;

namespace CommerceHub.Inventory.Ledger;

public sealed partial class StockLedger
{
    /// <summary>
    /// Commits everything the reservation still holds, or only <paramref name="lines"/> (a campaign bucket is committed
    /// order by order). An <paramref name="idempotencyKey"/> (such as the order id) makes a repeated call a no-op.
    /// </summary>
    public Task<SettleResult> CommitAsync(Guid merchantId, string reservationId, IReadOnlyList<SkuQuantity>? lines = null,
        string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SettleAsync(merchantId, reservationId, "COM", lines, idempotencyKey, cancellationToken);

    /// <summary>Returns held stock to the pool; releasing a closed reservation does nothing and is not an error.</summary>
    public Task<SettleResult> ReleaseAsync(Guid merchantId, string reservationId, IReadOnlyList<SkuQuantity>? lines = null,
        string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SettleAsync(merchantId, reservationId, "REL", lines, idempotencyKey, cancellationToken);

    /// <summary>Releases the merchant's reservations whose expiry has passed; returns how many were expired.</summary>
    public async Task<int> ExpireDueAsync(Guid merchantId, CancellationToken cancellationToken = default)
    {
        var expired = 0;
        while (true)
        {
            var due = await _db.SortedSetRangeByScoreAsync(RedisKeys.Expiry(merchantId), 0, NowMs, take: 200);
            foreach (var id in due)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await SettleAsync(merchantId, id!, "EXP", null, null, cancellationToken);
                expired += result.Applied ? 1 : 0;
            }

            if (due.Length < 200)
            {
                return expired;
            }
        }
    }

    private async Task<SettleResult> SettleAsync(Guid merchantId, string reservationId, string kind,
        IReadOnlyList<SkuQuantity>? lines, string? idempotencyKey, CancellationToken ct)
    {
        InventoryInput.Id(reservationId, "ReservationId");
        if (idempotencyKey is not null)
        {
            InventoryInput.Id(idempotencyKey, "IdempotencyKey");
        }

        var values = new List<RedisValue>
        {
            merchantId.ToString("N"), reservationId, NowMs, kind, idempotencyKey ?? "",
            (long)options.Value.ClosedReservationRetention.TotalMilliseconds, lines?.Count ?? 0,
        };
        if (lines is not null)
        {
            InventoryInput.Lines(lines, "Lines");
            foreach (var line in lines)
            {
                InventoryInput.Code(line.Sku, "Sku");
                InventoryInput.Quantity(line.Quantity, "Quantity");
                values.Add(line.Sku);
                values.Add(line.Quantity);
            }
        }

        RedisKey[] keys =
        [
            RedisKeys.Stock(merchantId), RedisKeys.Reservation(merchantId, reservationId), RedisKeys.Expiry(merchantId),
            RedisKeys.Outbox, RedisKeys.Loaded,
        ];
        var r = await RunAsync(LedgerScripts.Settle, keys, [.. values], ct);
        switch ((int)r[0])
        {
            case 1:
                var moved = ReadLines(r, 3);
                var eventKind = kind switch
                {
                    "COM" => StockEventKind.Committed,
                    "REL" => StockEventKind.Released,
                    _ => StockEventKind.Expired,
                };
                events.Publish(merchantId, eventKind, (long)r[1], reservationId, moved, time.GetUtcNow());
                return new SettleResult(true, false, ParseState((string)r[2]!), (long)r[1], moved);
            case 2:
                return new SettleResult(false, true, ParseState((string)r[1]!), 0, []);
            default:
                return new SettleResult(false, false, ParseState((string)r[1]!), 0, []);
        }
    }

    private static ReservationState ParseState(string state) => state switch
    {
        "open" => ReservationState.Open,
        "committed" => ReservationState.Committed,
        "released" => ReservationState.Released,
        _ => ReservationState.Expired,
    };
}
