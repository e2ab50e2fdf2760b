using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CommerceHub.Workflows.Runtime;

/// <summary>Hands work to Hangfire. Jobs carry ids only; the instance row says what to do when the job runs.</summary>
internal sealed class WorkflowDispatcher(IBackgroundJobClient jobs, IOptions<WorkflowOptions> options, IServiceProvider services)
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

    public void Enqueue(Guid instanceId) => jobs.Enqueue<WorkflowJobs>(j => j.RunAsync(instanceId, CancellationToken.None));

    /// <summary>A Hangfire scheduled job, never a sleeping one. If it is lost, the sweeper fires overdue bookmarks itself.</summary>
    public void ScheduleTimer(Guid bookmarkId, DateTimeOffset due) =>
        jobs.Schedule<WorkflowJobs>(j => j.FireTimerAsync(bookmarkId, CancellationToken.None), due);
}
