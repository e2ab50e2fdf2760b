using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Inventory.Rebuild;

/// <summary>Loads the ledger into Redis before the host serves requests, when Redis does not hold it.</summary>
public sealed class LedgerStartup(LedgerLoader loader, ILogger<LedgerStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await loader.EnsureLoadedAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The host still starts: every operation retries the rebuild and refuses until it succeeds.
            Log.StartupLoadFailed(logger, e);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
