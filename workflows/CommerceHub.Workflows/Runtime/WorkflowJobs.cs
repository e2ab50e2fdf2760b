using Hangfire;
using Microsoft.Extensions.Hosting;

namespace CommerceHub.Workflows.Runtime;

/// <summary>
/// The runtime's Hangfire jobs. They take ids only and are safe to run twice: the instance's revision, the bookmark
/// row and the incident state decide what (if anything) is left to do.
/// </summary>
public sealed class WorkflowJobs
{
    public const string SweepJob = "workflows-sweep";

    private readonly WorkflowRunner _runner;
    private readonly WorkflowRuntime _runtime;

    internal WorkflowJobs(WorkflowRunner runner, WorkflowRuntime runtime)
    {
        _runner = runner;
        _runtime = runtime;
    }

    /// <summary>Retries cover infrastructure failures (database or Redis down); a failing step becomes an incident instead.</summary>
    [AutomaticRetry(Attempts = 5)]
    public Task RunAsync(Guid instanceId, CancellationToken ct) => _runner.RunAsync(instanceId, ct);

    [AutomaticRetry(Attempts = 5)]
    public Task FireTimerAsync(Guid bookmarkId, CancellationToken ct) => _runtime.FireTimerAsync(bookmarkId, ct);

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public Task SweepAsync(CancellationToken ct) => _runtime.SweepAsync(ct);
}

/// <summary>Registers the sweep when the host starts; AddOrUpdate makes that harmless on every node.</summary>
internal sealed class WorkflowJobsRegistrar(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<WorkflowJobs>(WorkflowJobs.SweepJob, j => j.SweepAsync(CancellationToken.None), Cron.Minutely());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
