namespace CommerceHub.HubApi.Infrastructure.Errors;

/// <summary>A refusal the caller can act on; the exception handler turns it into ProblemDetails with this status.</summary>
public abstract class HubException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;
}

public sealed class NotFoundException(string detail) : HubException(StatusCodes.Status404NotFound, "Not found", detail);

public sealed class ConflictException(string detail) : HubException(StatusCodes.Status409Conflict, "Conflict", detail);

public sealed class ForbiddenException(string detail) : HubException(StatusCodes.Status403Forbidden, "Forbidden", detail);

/// <summary>Invalid input, field by field; answered as a 400 ValidationProblem.</summary>
public sealed class HubValidationException(IDictionary<string, string[]> errors)
    : HubException(StatusCodes.Status400BadRequest, "Invalid request", Describe(errors))
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public HubValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    private static string Describe(IDictionary<string, string[]> errors) =>
        string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")));
}
