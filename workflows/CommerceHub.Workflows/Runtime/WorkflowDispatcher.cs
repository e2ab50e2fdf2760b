using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommerceHub.Workflows.Runtime;

/// <summary>Hands work to Hangfire. Jobs carry ids only; the instance row says what to do when the job runs.</summary>
internal sealed class WorkflowDispatcher(IBackgroundJobClient jobs, IOptions<WorkflowOptions> options, IServiceProvider services,
    ILogger<WorkflowDispatcher> logger)
{
    /// <summary>Runs the instance's next steps: in a job, or here when the runtime is configured inline.</summary>
    public Task ContinueAsync(Guid instanceId, CancellationToken ct)
    {
        if (options.Value.Execution == WorkflowExecution.Inline)
        {
            return services.GetRequiredService<WorkflowRunner>().RunAsync(instanceId, ct);
        }

        Enqueue(instanceId);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Called after the instance's state is committed, so a failed enqueue (Redis unavailable) must not fail the caller:
    /// it is tried three times, then left to the sweep, which re-dispatches Running instances that stopped moving.
    /// </summary>
    public void Enqueue(Guid instanceId)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                jobs.Enqueue<WorkflowJobs>(j => j.RunAsync(instanceId, CancellationToken.None));
                return;
            }
            catch (BackgroundJobClientException e) when (attempt < 3)
            {
                Log.EnqueueRetried(logger, e, instanceId, attempt);
            }
            catch (BackgroundJobClientException e)
            {
                Log.EnqueueFailed(logger, e, instanceId);
                return;
            }
        }
    }

    /// <summary>A Hangfire scheduled job, never a sleeping one. If it is lost, the sweeper fires overdue bookmarks itself.</summary>
    public void ScheduleTimer(Guid bookmarkId, DateTimeOffset due) =>
        jobs.Schedule<WorkflowJobs>(j => j.FireTimerAsync(bookmarkId, CancellationToken.None), due);
}
