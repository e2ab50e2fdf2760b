using System.Globalization;
using CommerceHub.Inventory.Journal;
using StackExchange.Redis;
using Fields = CommerceHub.Inventory.RedisKeys.Fields;

namespace CommerceHub.Inventory.Ledger;

public sealed partial class StockLedger
{
    public async Task<SkuStock> GetAsync(Guid merchantId, string sku, CancellationToken cancellationToken = default) =>
        (await GetAsync(merchantId, [sku], cancellationToken))[0];

    /// <summary>On hand, reserved and available per warehouse for each SKU; unknown SKUs come back empty.</summary>
    public async Task<IReadOnlyList<SkuStock>> GetAsync(Guid merchantId, IReadOnlyList<string> skus,
        CancellationToken cancellationToken = default)
    {
        InventoryInput.Lines(skus, "Skus");
        foreach (var sku in skus)
        {
            InventoryInput.Code(sku, "Sku");
        }

        await EnsureReadableAsync(cancellationToken);
        var key = RedisKeys.Stock(merchantId);
        var lists = await _db.HashGetAsync(key, [.. skus.Select(s => (RedisValue)Fields.Warehouses(s))]);
        var warehouses = lists.Select(l => l.IsNull ? [] : ((string)l!).Split(',')).ToArray();
        var fields = skus.SelectMany((sku, i) => warehouses[i].SelectMany(w =>
            new RedisValue[] { Fields.OnHand(sku, w), Fields.Reserved(sku, w) })).ToArray();
        var values = fields.Length == 0 ? [] : await _db.HashGetAsync(key, fields);

        var result = new List<SkuStock>(skus.Count);
        var at = 0;
        for (var i = 0; i < skus.Count; i++)
        {
            var levels = new List<WarehouseStock>();
            foreach (var warehouse in warehouses[i])
            {
                levels.Add(new WarehouseStock(warehouse, (long)values[at], (long)values[at + 1]));
                at += 2;
            }

            result.Add(new SkuStock(skus[i], levels, levels.Sum(l => l.OnHand), levels.Sum(l => l.Reserved)));
        }

        return result;
    }

    public async Task<ReservationView?> GetReservationAsync(Guid merchantId, string reservationId,
        CancellationToken cancellationToken = default)
    {
        InventoryInput.Id(reservationId, "ReservationId");
        await EnsureReadableAsync(cancellationToken);
        var entries = (await _db.HashGetAllAsync(RedisKeys.Reservation(merchantId, reservationId)))
            .ToDictionary(e => (string)e.Name!, e => (string)e.Value!, StringComparer.Ordinal);
        if (!entries.TryGetValue("state", out var state))
        {
            return null;
        }

        var reserved = entries.GetValueOrDefault("result", "").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(','))
            .GroupBy(f => (f[0], f[1]))
            .ToDictionary(g => g.Key, g => g.Sum(f => long.Parse(f[2], CultureInfo.InvariantCulture)));
        var lines = entries.Where(e => e.Key.StartsWith("l:", StringComparison.Ordinal))
            .Select(e =>
            {
                var bar = e.Key.LastIndexOf('|');
                var (sku, warehouse) = (e.Key[2..bar], e.Key[(bar + 1)..]);
                return new ReservationViewLine(sku, warehouse, reserved.GetValueOrDefault((sku, warehouse)),
                    long.Parse(e.Value, CultureInfo.InvariantCulture));
            })
            .OrderBy(l => l.Sku, StringComparer.Ordinal).ThenBy(l => l.Warehouse, StringComparer.Ordinal)
            .ToList();
        var expires = long.Parse(entries.GetValueOrDefault("exp", "0"), CultureInfo.InvariantCulture);
        var channel = entries.GetValueOrDefault("channel", "");
        return new ReservationView(reservationId, ParseState(state),
            LedgerMovement.ParsePurpose(entries.GetValueOrDefault("purpose", "O")) ?? ReservationPurpose.Order,
            channel.Length == 0 ? null : channel,
            expires > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(expires) : null, lines);
    }

    /// <summary>Reads must not report a flushed Redis as zero stock either.</summary>
    private async Task EnsureReadableAsync(CancellationToken ct)
    {
        if (!await _db.KeyExistsAsync(RedisKeys.Loaded))
        {
            await loader.EnsureLoadedAsync(ct);
        }
    }
}
