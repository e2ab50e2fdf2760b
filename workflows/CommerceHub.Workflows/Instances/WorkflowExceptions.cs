namespace CommerceHub.Workflows.Instances;

/// <summary>The operation does not fit the instance's current state (HTTP 409).</summary>
public sealed class WorkflowConflictException(string message) : Exception(message);

/// <summary>No such instance, incident, dead letter or definition (HTTP 404).</summary>
public sealed class WorkflowNotFoundException(string message) : Exception(message);
