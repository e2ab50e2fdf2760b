namespace CommerceHub.Workflows.Instances;

public enum WorkflowStatus
{
    /// <summary>Has a step to run (a job is queued or running it).</summary>
    Running,

    /// <summary>Waits on a bookmark (a stimulus or a timer).</summary>
    Suspended,

    /// <summary>A step failed; an open incident waits for an operator.</summary>
    Faulted,

    /// <summary>Undoing its compensable steps, newest first, before it finishes or is cancelled.</summary>
    Compensating,

    Finished,

    Cancelled,
}
