using CommerceHub.Sandbox.Core.Admin;

namespace CommerceHub.Sandbox.Core.Faults;

/// <summary>Applies latency, hangs and 5xx answers to platform calls; the admin API is never faulted.</summary>
public sealed class FaultMiddleware(RequestDelegate next, FaultInjector faults, IFaultResponses responses)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(AdminEndpoints.Prefix, StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var settings = faults.Current;
        var aborted = context.RequestAborted;
        try
        {
            if (settings.LatencyMs > 0)
            {
                await Task.Delay(settings.LatencyMs, aborted);
            }

            if (FaultInjector.Roll(settings.TimeoutRate))
            {
                await Task.Delay(settings.HangMs, aborted);
                context.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
                return;
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client gave up first, which is the point of the fault.
            return;
        }

        if (FaultInjector.Roll(settings.ServerErrorRate))
        {
            await responses.ServerError().ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
