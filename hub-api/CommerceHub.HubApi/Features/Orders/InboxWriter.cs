using System.Threading.Channels;
using CommerceHub.HubApi.Infrastructure.Persistence;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>
/// Stores verified pushes with group commit: concurrent webhook requests queue their row, one writer inserts all
/// that are waiting in one transaction, and each request is answered once its row is durable. Under a burst this
/// turns hundreds of commits (each a disk flush) into a few, while a lone push still waits only for its own insert.
/// </summary>
public sealed partial class InboxWriter(IServiceScopeFactory scopes, InboxSignal signal, ILogger<InboxWriter> logger) : BackgroundService
{
    private const int MaxRowsPerCommit = 500;

    private readonly Channel<(PushInboxEntry Entry, TaskCompletionSource Stored)> queue =
        Channel.CreateUnbounded<(PushInboxEntry, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Completes when the row is committed; throws when the commit failed (the push is then refused, and the platform retries it).</summary>
    public async Task AppendAsync(PushInboxEntry entry, CancellationToken ct)
    {
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!queue.Writer.TryWrite((entry, stored)))
        {
            throw new InvalidOperationException("The push inbox is shutting down.");
        }

        await stored.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<(PushInboxEntry Entry, TaskCompletionSource Stored)>(MaxRowsPerCommit);
        // Not stopped by the token: StopAsync completes the queue, and what is already queued is still written.
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxRowsPerCommit && queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            await CommitAsync(batch);
            batch.Clear();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task CommitAsync(List<(PushInboxEntry Entry, TaskCompletionSource Stored)> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            db.AddRange(batch.Select(b => b.Entry));
            // Not cancelled on shutdown: the requests waiting here are answered only once their rows are durable.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            LogCommitFailed(logger, e, batch.Count);
            foreach (var (_, stored) in batch)
            {
                stored.TrySetException(e);
            }

            return;
        }

        foreach (var (_, stored) in batch)
        {
            stored.TrySetResult();
        }

        signal.Notify();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing {Count} pushes failed; they are refused and the platforms retry them")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception, int count);
}
