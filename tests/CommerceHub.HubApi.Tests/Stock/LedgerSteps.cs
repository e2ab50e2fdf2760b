using CommerceHub.Testing;
using StackExchange.Redis;

namespace CommerceHub.HubApi.Tests.Stock;

public static class LedgerSteps
{
    /// <summary>Waits until the hub's drainer has journaled every movement so far.</summary>
    public static async Task WaitForJournalAsync(RedisServer redisServer)
    {
        using var redis = redisServer.Connect();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await redis.GetDatabase().ListLengthAsync("ch:ledger:outbox") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The ledger outbox was not drained.");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Removes everything the ledger keeps in Redis, as a flush or a restart without persistence would, while leaving
    /// the other features' keys (jobs, sessions) of the shared test server alone.
    /// </summary>
    public static async Task LoseLedgerAsync(RedisServer redisServer)
    {
        using var redis = redisServer.Connect();
        var server = redis.GetServer("127.0.0.1", redisServer.Port);
        var keys = new List<RedisKey>();
        foreach (var pattern in new[] { "ch:stock:*", "ch:res:*", "ch:exp:*", "ch:chq:*", "ch:ledger:*" })
        {
            await foreach (var key in server.KeysAsync(pattern: pattern))
            {
                keys.Add(key);
            }
        }

        await redis.GetDatabase().KeyDeleteAsync([.. keys]);
    }
}
