using Microsoft.Extensions.Logging;

namespace CommerceHub.Workflows.Runtime;

internal static partial class Log
{
    [LoggerMessage(7001, LogLevel.Warning, "Workflow instance {InstanceId} faulted at step {Step}; incident {IncidentId} waits for an operator")]
    public static partial void StepFaulted(ILogger logger, Exception exception, Guid instanceId, string step, Guid incidentId);

    [LoggerMessage(7002, LogLevel.Debug, "Workflow instance {InstanceId} was advanced by another runner; this one stops")]
    public static partial void LostRace(ILogger logger, Guid instanceId);

    [LoggerMessage(7003, LogLevel.Information, "Sweep: {DeadLettered} stimuli dead-lettered, {Timers} overdue timers fired, {Stalled} stalled instances re-dispatched")]
    public static partial void Swept(ILogger logger, int deadLettered, int timers, int stalled);

    [LoggerMessage(7004, LogLevel.Information, "Workflow instance {InstanceId}: operator {Action}")]
    public static partial void OperatorAction(ILogger logger, Guid instanceId, string action);

    [LoggerMessage(7005, LogLevel.Warning, "Workflow instance {InstanceId}: enqueueing its job failed (attempt {Attempt}); trying again")]
    public static partial void EnqueueRetried(ILogger logger, Exception exception, Guid instanceId, int attempt);

    [LoggerMessage(7006, LogLevel.Error, "Workflow instance {InstanceId}: its job could not be enqueued; the sweep will dispatch it")]
    public static partial void EnqueueFailed(ILogger logger, Exception exception, Guid instanceId);

    [LoggerMessage(7007, LogLevel.Warning, "Workflow instance {InstanceId}: an observer failed on a change at step {Step}")]
    public static partial void ObserverFailed(ILogger logger, Exception exception, Guid instanceId, string step);
}
