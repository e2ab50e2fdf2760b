using System.Text;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.Workflows.Runtime;

namespace CommerceHub.HubApi.Features.Consignments;

/// <summary>
/// Operators' view of the runtime (incidents of every route, dead letters and their replay) and the customs receipt push.
/// The runtime's exceptions become ProblemDetails in the hub's exception handler.
/// </summary>
public static class WorkflowOperations
{
    private const int MaxReceiptBytes = 1024 * 1024;

    public static Task<IReadOnlyList<IncidentListItem>> Incidents(bool? all, int? skip, int? take, IWorkflowRuntime runtime, CancellationToken ct) =>
        runtime.ListIncidentsAsync(all != true, skip ?? 0, take ?? 50, ct);

    public static Task<IReadOnlyList<DeadLetterView>> DeadLetters(int? skip, int? take, IWorkflowRuntime runtime, CancellationToken ct) =>
        runtime.ListDeadLettersAsync(skip ?? 0, take ?? 50, ct);

    public static Task<DeliveryResult> Replay(Guid id, IWorkflowRuntime runtime, CancellationToken ct) =>
        runtime.ReplayDeadLetterAsync(id, ct);

    /// <summary>The single window's push of one receipt (CEB XML); 400 ProblemDetails when it is not a readable receipt.</summary>
    public static async Task<ReceiptIngestResult> Receipt(HttpRequest request, ReceiptIngest ingest, CancellationToken ct)
    {
        if (request.ContentLength > MaxReceiptBytes)
        {
            throw new HubValidationException("receipt", $"A receipt has at most {MaxReceiptBytes} bytes.");
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var xml = await reader.ReadToEndAsync(ct);
        return await ingest.IngestAsync(xml, ct);
    }
}
