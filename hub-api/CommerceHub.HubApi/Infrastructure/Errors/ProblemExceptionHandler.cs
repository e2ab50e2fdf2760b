using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Infrastructure.Errors;

/// <summary>
/// The one place where exceptions become ProblemDetails. Known refusals keep their status and reason; malformed
/// bodies become 400 (or 413 when too large); anything else is a 500 without internals, logged with its trace id.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var context = httpContext;
        var problem = exception switch
        {
            HubValidationException v => new ValidationProblemDetails(v.Errors) { Status = v.Status, Title = v.Title, Detail = v.Message },
            HubException h => new ProblemDetails { Status = h.Status, Title = h.Title, Detail = h.Message },
            BadHttpRequestException b => new ProblemDetails
            {
                Status = b.StatusCode,
                Title = b.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Malformed request",
                Detail = Describe(b),
            },
            Workflows.Runtime.WorkflowValidationException w => new ProblemDetails { Status = 400, Title = "Invalid request", Detail = w.Message },
            Workflows.Instances.WorkflowNotFoundException w => new ProblemDetails { Status = 404, Title = "Not found", Detail = w.Message },
            Workflows.Instances.WorkflowConflictException w => new ProblemDetails { Status = 409, Title = "Conflict", Detail = w.Message },
            JsonException j => new ProblemDetails { Status = 400, Title = "Malformed JSON", Detail = j.Message },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = 409, Title = "Conflict", Detail = "The record was changed by someone else; read it again and retry.",
            },
            DbUpdateException => new ProblemDetails
            {
                Status = 409, Title = "Conflict", Detail = "The change conflicts with existing data (a duplicate key or a missing reference).",
            },
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => null,
            _ => new ProblemDetails { Status = 500, Title = "Unexpected error", Detail = "The hub could not complete the request. Nothing was changed; the trace id identifies it in the logs." },
        };

        if (problem is null)
        {
            return true;
        }

        if (problem.Status >= 500 || exception is DbUpdateException)
        {
            Log.Unhandled(logger, exception, context.Request.Method, context.Request.Path);
        }

        context.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static string Describe(BadHttpRequestException exception)
    {
        // The framework's message names the parameter; the inner JSON error says where the body is wrong.
        var inner = exception.InnerException?.Message;
        return inner is null ? exception.Message : $"{exception.Message} {inner}";
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Request {Method} {Path} failed")]
        public static partial void Unhandled(ILogger logger, Exception exception, string method, string path);
    }
}
