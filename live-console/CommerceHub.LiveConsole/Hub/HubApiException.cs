namespace CommerceHub.LiveConsole.Hub;

/// <summary>The hub refused a request; <see cref="Exception.Message"/> carries its ProblemDetails detail for the host.</summary>
public sealed class HubApiException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
