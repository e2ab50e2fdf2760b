using CommerceHub.Inventory.Events;
using CommerceHub.Inventory.Rebuild;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CommerceHub.Inventory.Ledger;

/// <summary>
/// The one pool every channel, live session and order draws from. All writes go through Lua scripts that check and
/// change stock atomically and append the movement to the ledger outbox in the same step.
/// </summary>
public sealed partial class StockLedger(
    IConnectionMultiplexer redis,
    LedgerLoader loader,
    StockEventPublisher events,
    TimeProvider time,
    IOptions<InventoryOptions> options,
    ILogger<StockLedger> logger)
{
    private readonly IDatabase _db = redis.GetDatabase();

    private long NowMs => time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>
    /// Runs a script; if Redis says the ledger is not loaded (flushed or restarted empty), rebuilds it from the
    /// durable ledger first and tries once more, so a lost Redis never serves zero stock as if it were true.
    /// </summary>
    private async Task<RedisResult[]> RunAsync(LuaScriptFile script, RedisKey[] keys, RedisValue[] values, CancellationToken ct)
    {
        try
        {
            return await RunMappedAsync(script, keys, values);
        }
        catch (RedisServerException e) when (Code(e) == "NOLEDGER")
        {
            Log.LedgerNotLoaded(logger, script.Name);
            await loader.EnsureLoadedAsync(ct);
            try
            {
                return await RunMappedAsync(script, keys, values);
            }
            catch (RedisServerException again) when (Code(again) == "NOLEDGER")
            {
                throw new LedgerUnavailableException("The stock ledger is being rebuilt; try again shortly.");
            }
        }
    }

    private async Task<RedisResult[]> RunMappedAsync(LuaScriptFile script, RedisKey[] keys, RedisValue[] values)
    {
        try
        {
            return (RedisResult[])(await script.RunAsync(_db, keys, values))!;
        }
        catch (RedisServerException e) when (Code(e) is "CONFLICT" or "CLOSED" or "EXPIRED" or "EXCEEDS")
        {
            throw new ReservationConflictException(Detail(e));
        }
        catch (RedisServerException e) when (Code(e) == "NOTFOUND")
        {
            throw new ReservationNotFoundException((string)values[1]!);
        }
    }

    private static string Code(RedisServerException e)
    {
        var message = Message(e);
        var space = message.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? message : message[..space];
    }

    private static string Detail(RedisServerException e) => Message(e)[(Code(e).Length + 1)..];

    // Garnet prefixes a script's error reply with "ERR "; Redis passes it through as written.
    private static string Message(RedisServerException e) =>
        e.Message.StartsWith("ERR ", StringComparison.Ordinal) ? e.Message[4..] : e.Message;

    /// <summary>Reads the (sku, wh, dOn, dRes, on, res, totalOn, totalRes) tuples a script returns.</summary>
    private static List<StockMovementLine> ReadLines(RedisResult[] r, int start)
    {
        var lines = new List<StockMovementLine>((r.Length - start) / 8);
        for (var i = start; i + 7 < r.Length; i += 8)
        {
            lines.Add(new StockMovementLine((string)r[i]!, (string)r[i + 1]!, (long)r[i + 2], (long)r[i + 3],
                (long)r[i + 4], (long)r[i + 5], (long)r[i + 6], (long)r[i + 7]));
        }

        return lines;
    }
}
