using CommerceHub.HubApi.Contracts.Stock;
using CommerceHub.Inventory.Journal;
using StackExchange.Redis;

namespace CommerceHub.Inventory.Ledger;

public sealed partial class StockLedger
{
    /// <summary>
    /// Reserves every line or none. Repeating a reservation id returns the original result without reserving again;
    /// repeating it with other lines is a conflict.
    /// </summary>
    public async Task<ReservationResult> ReserveAsync(ReservationRequest request, CancellationToken cancellationToken = default)
    {
        Validate(request);
        var now = NowMs;
        var expires = request.TimeToLive is { } ttl ? now + (long)ttl.TotalMilliseconds : 0;
        var values = new List<RedisValue>(8 + request.Lines.Count * 4)
        {
            request.MerchantId.ToString("N"), request.ReservationId, now, expires,
            LedgerMovement.PurposeCode(request.Purpose), request.Channel ?? "", request.Lines.Count,
        };
        foreach (var line in request.Lines)
        {
            values.Add(line.Sku);
            values.Add(line.Quantity);
            values.Add(line.Warehouses.Count);
            values.AddRange(line.Warehouses.Select(w => (RedisValue)w));
        }

        var m = request.MerchantId;
        RedisKey[] keys = [RedisKeys.Stock(m), RedisKeys.Reservation(m, request.ReservationId), RedisKeys.Expiry(m), RedisKeys.Outbox, RedisKeys.Loaded];
        var r = await RunAsync(LedgerScripts.Reserve, keys, [.. values], cancellationToken);
        switch ((int)r[0])
        {
            case 1:
                var lines = ReadLines(r, 2);
                events.Publish(m, StockEventKind.Reserved, (long)r[1], request.ReservationId, lines, time.GetUtcNow());
                return new ReservationResult(true, false, (long)r[1],
                    [.. lines.Select(l => new ReservedLine(l.Sku, l.Warehouse, l.ReservedDelta))], []);
            case 2:
                return new ReservationResult(true, true, (long)r[2], ParseAllocation((string)r[1]!), []);
            default:
                var refusals = new List<LineRefusal>();
                for (var i = 1; i + 2 < r.Length; i += 3)
                {
                    var index = (int)r[i] - 1;
                    var reason = (string)r[i + 1]! == "unknown" ? RefusalReason.UnknownSkuOrWarehouse : RefusalReason.InsufficientStock;
                    refusals.Add(new LineRefusal(index, request.Lines[index].Sku, reason, (long)r[i + 2]));
                }

                return new ReservationResult(false, false, 0, [], refusals);
        }
    }

    private static List<ReservedLine> ParseAllocation(string allocation) =>
        [.. allocation.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split(','))
            .Select(f => new ReservedLine(f[0], f[1], long.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)))];

    private static void Validate(ReservationRequest request)
    {
        InventoryInput.Id(request.ReservationId, "ReservationId");
        InventoryInput.Lines(request.Lines, "Lines");
        InventoryInput.TimeToLive(request.TimeToLive);
        if (request.Channel is not null)
        {
            InventoryInput.Code(request.Channel, "Channel");
        }
        else if (request.Purpose is ReservationPurpose.Campaign or ReservationPurpose.Live)
        {
            throw new ArgumentException("Campaign and live reservations must name the channel that shows them.", nameof(request));
        }

        foreach (var line in request.Lines)
        {
            InventoryInput.Code(line.Sku, "Sku");
            InventoryInput.Quantity(line.Quantity, "Quantity");
            if (line.Warehouses is null || line.Warehouses.Count is 0 or > 20)
            {
                throw new ArgumentException($"Line {line.Sku} must list 1 to 20 candidate warehouses.", nameof(request));
            }

            foreach (var warehouse in line.Warehouses)
            {
                InventoryInput.Code(warehouse, "Warehouse");
            }
        }
    }
}
