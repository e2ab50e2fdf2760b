using CommerceHub.Inventory.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CommerceHub.Inventory.Journal;

/// <summary>
/// Moves movements from the Redis outbox into the durable journal. One node drains at a time (a Redis lock); the
/// journal write comes before the trim, so a crash in between only replays records the journal already ignores.
/// </summary>
public sealed class OutboxDrainer(
    IConnectionMultiplexer redis,
    IServiceScopeFactory scopes,
    IOptions<InventoryOptions> options,
    ILogger<OutboxDrainer> logger) : BackgroundService
{
    private readonly IDatabase _db = redis.GetDatabase();

    /// <summary>Drains until the outbox is empty or the lock is taken by another node; returns records journaled.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var token = Guid.NewGuid().ToString("N");
        if (!await _db.StringSetAsync(RedisKeys.DrainLock, token, o.DrainLockTime, When.NotExists))
        {
            return 0;
        }

        var total = 0;
        try
        {
            while (true)
            {
                var raw = await _db.ListRangeAsync(RedisKeys.Outbox, 0, o.OutboxBatchSize - 1);
                if (raw.Length == 0)
                {
                    return total;
                }

                var movements = raw.Select(r => LedgerMovement.Parse(r!)).ToList();
                await using (var scope = scopes.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<ILedgerJournal>().AppendAsync(movements, cancellationToken);
                }

                var trimmed = await LedgerScripts.Trim.RunAsync(_db, [RedisKeys.DrainLock, RedisKeys.Outbox],
                    [token, raw.Length, (long)o.DrainLockTime.TotalMilliseconds]);
                if ((int)trimmed == 0)
                {
                    Log.DrainLockLost(logger, raw.Length);
                    return total;
                }

                total += raw.Length;
            }
        }
        finally
        {
            await LedgerScripts.Unlock.RunAsync(_db, [RedisKeys.DrainLock], [token]);
        }
    }

    /// <summary>Waits until every record written so far is journaled, whichever node drains them.</summary>
    public async Task DrainAllAsync(CancellationToken cancellationToken)
    {
        while (await _db.ListLengthAsync(RedisKeys.Outbox) > 0)
        {
            if (await DrainOnceAsync(cancellationToken) == 0)
            {
                await Task.Delay(options.Value.OutboxPollInterval, cancellationToken);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DrainOnceAsync(stoppingToken);
                await Task.Delay(options.Value.OutboxPollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                Log.DrainFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }
}
