using Hangfire;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>The safety net behind <see cref="InboxDrainLoop"/>: once a minute, drains whatever is pending for up to 50 s.</summary>
public sealed class InboxDrainJob(InboxDrain drain, TimeProvider clock)
{
    public const string JobId = "orders:drain-inbox";

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(50);

    [AutomaticRetry(Attempts = 0)] // Runs again within the minute.
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + Budget;
        var seen = 0;
        int found;
        while ((found = await drain.DrainOnceAsync(cancellationToken)) > 0 && clock.GetUtcNow() < until)
        {
            seen += found;
        }

        return seen;
    }
}
