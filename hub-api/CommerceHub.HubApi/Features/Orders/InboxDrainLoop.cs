using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>
/// Runs <see cref="OrdersOptions.DrainLoops"/> drain passes side by side on this node, each taking the next batch
/// as soon as its last one is done, so one batch's platform calls overlap another's database work. Idle loops wait
/// for this node's <see cref="InboxSignal"/> or <see cref="OrdersOptions.DrainIdleWait"/>. The recurring
/// <see cref="InboxDrainJob"/> drains too, should the loops be off or stuck.
/// </summary>
public sealed partial class InboxDrainLoop(IServiceScopeFactory scopes, InboxSignal signal, IOptions<OrdersOptions> options, ILogger<InboxDrainLoop> logger)
    : BackgroundService
{
    private static readonly TimeSpan FailureWait = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.DrainLoops).Select(_ => Task.Run(() => RunAsync(stoppingToken), stoppingToken)));

    private async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<InboxDrain>().DrainOnceAsync(ct) == 0)
                {
                    await signal.WaitAsync(options.Value.DrainIdleWait, ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The loop must outlive a database or Redis outage; the rows stay in the inbox meanwhile.
                LogPassFailed(logger, e);
                await Task.Delay(FailureWait, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An inbox drain pass failed; trying again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
