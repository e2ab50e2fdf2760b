using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CommerceHub.HubApi.Features.Consignments;

/// <summary>
/// Polls the single window for receipts (when Customs:SingleWindow:PollInterval is above zero). One node polls at a
/// time (a Redis lease); the cursor is kept in Redis and moved after each receipt is ingested, so a crash re-reads at
/// most the receipt in hand, which ingestion recognises as a duplicate.
/// </summary>
public sealed partial class ReceiptPoller(IServiceScopeFactory scopes, IConnectionMultiplexer redis, IOptions<CustomsOptions> options,
    ILogger<ReceiptPoller> logger) : BackgroundService
{
    // No TTL: the cursor is the hub's position in the single window's receipt stream and must outlive restarts.
    private const string CursorKey = "ch:customs:receipts:cursor";
    private const string LeaseKey = "ch:customs:receipts:lease";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PollInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        var node = Guid.NewGuid().ToString("N");
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await PollOnceAsync(node, interval, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogPollFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host is stopping; the cursor is where the last ingested receipt left it.
        }
    }

    private async Task PollOnceAsync(string node, TimeSpan interval, CancellationToken ct)
    {
        var store = redis.GetDatabase();
        if (!await store.StringSetAsync(LeaseKey, node, interval * 10 + TimeSpan.FromSeconds(5), When.NotExists)
            && await store.StringGetAsync(LeaseKey) != node)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var client = scope.ServiceProvider.GetRequiredService<SingleWindowClient>();
        var ingest = scope.ServiceProvider.GetRequiredService<ReceiptIngest>();
        var cursor = (long?)await store.StringGetAsync(CursorKey) ?? 0;
        var batch = await client.PollAsync(cursor, ct);
        foreach (var receipt in batch.Receipts)
        {
            try
            {
                await ingest.IngestAsync(receipt.Xml, ct);
            }
            catch (Infrastructure.Errors.HubValidationException e)
            {
                LogUnreadable(logger, receipt.Seq, receipt.MessageType, e.Message);
            }

            await store.StringSetAsync(CursorKey, receipt.Seq);
        }

        await store.KeyExpireAsync(LeaseKey, interval * 10 + TimeSpan.FromSeconds(5));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling the single window for receipts failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receipt {Seq} ({MessageType}) could not be read and was skipped: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, long seq, string messageType, string reason);
}
