using Stateless;

namespace CommerceHub.Workflows.Instances;

internal enum LifecycleTrigger
{
    Suspend,
    Resume,
    Fault,
    Retry,
    RetryCompensation,
    Compensate,
    Finish,
    Cancel,
    EndCancelled,
    Restart,
}

/// <summary>
/// The instance status machine (Stateless). Every status change goes through it, so an operator action that does not
/// fit the status (retrying a finished instance) is refused with a clear reason instead of corrupting the instance.
/// </summary>
internal static class Lifecycle
{
    public static void Fire(WorkflowInstance instance, LifecycleTrigger trigger)
    {
        var machine = new StateMachine<WorkflowStatus, LifecycleTrigger>(() => instance.Status, s => instance.Status = s);
        machine.Configure(WorkflowStatus.Running)
            .Permit(LifecycleTrigger.Suspend, WorkflowStatus.Suspended)
            .Permit(LifecycleTrigger.Fault, WorkflowStatus.Faulted)
            .Permit(LifecycleTrigger.Finish, WorkflowStatus.Finished)
            .Permit(LifecycleTrigger.Compensate, WorkflowStatus.Compensating);
        machine.Configure(WorkflowStatus.Suspended)
            .Permit(LifecycleTrigger.Resume, WorkflowStatus.Running)
            .Permit(LifecycleTrigger.Cancel, WorkflowStatus.Compensating)
            .Permit(LifecycleTrigger.Restart, WorkflowStatus.Running);
        machine.Configure(WorkflowStatus.Faulted)
            .Permit(LifecycleTrigger.Retry, WorkflowStatus.Running)
            .Permit(LifecycleTrigger.RetryCompensation, WorkflowStatus.Compensating)
            .Permit(LifecycleTrigger.Cancel, WorkflowStatus.Compensating)
            .Permit(LifecycleTrigger.Restart, WorkflowStatus.Running);
        machine.Configure(WorkflowStatus.Compensating)
            .Permit(LifecycleTrigger.Fault, WorkflowStatus.Faulted)
            .Permit(LifecycleTrigger.Finish, WorkflowStatus.Finished)
            .Permit(LifecycleTrigger.EndCancelled, WorkflowStatus.Cancelled);
        machine.OnUnhandledTrigger((state, t) =>
            throw new WorkflowConflictException($"Instance {instance.Id} is {state}; '{t}' is not possible now."));
        machine.Fire(trigger);
    }
}
