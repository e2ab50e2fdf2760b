using CommerceHub.Inventory.Journal;
using CommerceHub.Inventory.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CommerceHub.Inventory.Rebuild;

/// <summary>
/// Rebuilds Redis from the durable ledger when the loaded marker is missing (fresh or flushed Redis). One node loads
/// at a time; the others wait for the marker. Until it is set every ledger script refuses to run.
/// </summary>
public sealed class LedgerLoader(
    IConnectionMultiplexer redis,
    IServiceScopeFactory scopes,
    OutboxDrainer drainer,
    TimeProvider time,
    ILogger<LedgerLoader> logger) : IDisposable
{
    private static readonly TimeSpan LockTime = TimeSpan.FromMinutes(5);
    private readonly IDatabase _db = redis.GetDatabase();
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Returns true if this call loaded the ledger, false if it was already loaded.</summary>
    public async Task<bool> EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (await _db.KeyExistsAsync(RedisKeys.Loaded))
        {
            return false;
        }

        await _gate.WaitAsync(cancellationToken);
        var token = Guid.NewGuid().ToString("N");
        try
        {
            while (!await _db.StringSetAsync(RedisKeys.LoadLock, token, LockTime, When.NotExists))
            {
                if (await _db.KeyExistsAsync(RedisKeys.Loaded))
                {
                    return false;
                }

                await Task.Delay(200, cancellationToken);
            }

            if (await _db.KeyExistsAsync(RedisKeys.Loaded))
            {
                return false;
            }

            // If only the marker went missing, movements still in the outbox must reach the journal before it is read.
            await drainer.DrainAllAsync(cancellationToken);
            await LoadAsync(cancellationToken);
            return true;
        }
        finally
        {
            await LedgerScripts.Unlock.RunAsync(_db, [RedisKeys.LoadLock], [token]);
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task LoadAsync(CancellationToken ct)
    {
        int merchants = 0, balances = 0, reservations = 0;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var source = scope.ServiceProvider.GetRequiredService<ILedgerSnapshotSource>();
            await foreach (var snapshot in source.ReadAllAsync(ct))
            {
                await LoadMerchantAsync(snapshot);
                merchants++;
                balances += snapshot.Balances.Count;
                reservations += snapshot.Reservations.Count;
            }
        }

        await _db.StringSetAsync(RedisKeys.Loaded, time.GetUtcNow().ToString("O"));
        Log.LedgerLoaded(logger, merchants, balances, reservations);
    }

    private Task<RedisResult> LoadMerchantAsync(LedgerSnapshot s)
    {
        var m = s.MerchantId;
        var keys = new List<RedisKey> { RedisKeys.Stock(m), RedisKeys.Expiry(m), RedisKeys.Loaded };
        var values = new List<RedisValue> { s.LastSequence, s.Balances.Count };
        foreach (var b in s.Balances)
        {
            values.AddRange([b.Sku, b.Warehouse, b.OnHand, b.Reserved]);
        }

        values.Add(s.Reservations.Count);
        foreach (var r in s.Reservations)
        {
            keys.Add(RedisKeys.Reservation(m, r.ReservationId));
            values.AddRange([r.ReservationId, r.ExpiresAt?.ToUnixTimeMilliseconds() ?? 0,
                LedgerMovement.PurposeCode(r.Purpose), r.Channel ?? "", r.Lines.Count]);
            foreach (var l in r.Lines)
            {
                values.AddRange([l.Sku, l.Warehouse, l.Reserved, l.Remaining]);
            }
        }

        return LedgerScripts.LoadSnapshot.RunAsync(_db, [.. keys], [.. values]);
    }
}
