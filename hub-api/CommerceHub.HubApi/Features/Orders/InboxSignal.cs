using System.Threading.Channels;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>Wakes this node's idle drain loops when a push was stored here; nodes that miss it look again after a short idle wait.</summary>
public sealed class InboxSignal
{
    private readonly Channel<bool> wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => wakes.Writer.TryWrite(true);

    /// <summary>Returns when notified or after <paramref name="idle"/>.</summary>
    public async Task WaitAsync(TimeSpan idle, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(idle);
        try
        {
            await wakes.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // Idle wait over: look at the inbox anyway (rows stored by other nodes, back-offs that ended).
        }
    }
}
