using System.Text;

namespace CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

/// <summary>
/// The enterprise side of the simulated single window. The real one takes messages through the e-port client's
/// DXP transfer, not HTTP; this HTTP shape is the sandbox's own (see <see cref="SingleWindowAssumptions"/>).
/// </summary>
internal static class SingleWindowEndpoints
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;

    public static void Map(WebApplication app)
    {
        app.MapPost("/ceb/messages", SubmitAsync);
        app.MapGet("/ceb/receipts", Receipts);
    }

    /// <summary>200 with the keys customs gave (or the earlier answer for a repeated guid); 400 with the CEB900 for a bad message.</summary>
    private static async Task<IResult> SubmitAsync(HttpRequest request, SingleWindowLedger ledger, ILogger<SingleWindowLedger> logger, CancellationToken ct)
    {
        if (request.ContentLength > MaxMessageBytes)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Message too large", detail: $"A CEB message may have at most {MaxMessageBytes} bytes.");
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var xml = await reader.ReadToEndAsync(ct);
        var answer = ledger.Submit(xml);
        if (answer.Accepted)
        {
            SingleWindowLog.Accepted(logger, answer.MessageType, answer.MessageGuid, answer.Records.Count, answer.Duplicate);
        }
        else
        {
            SingleWindowLog.Refused(logger, answer.MessageType, answer.MessageGuid, answer.Duplicate);
        }

        return answer.FormatError is { } ceb900
            ? Results.Text(ceb900, "application/xml", Encoding.UTF8, StatusCodes.Status400BadRequest)
            : Results.Ok(answer);
    }

    private static IResult Receipts(SingleWindowLedger ledger, long? after, string? dxpId, int? limit)
    {
        if (after < 0 || limit is < 1 or > 1000)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad paging", detail: "after must be 0 or more and limit between 1 and 1000.");
        }

        var receipts = ledger.Delivered(after ?? 0, dxpId, limit ?? 100);
        return Results.Ok(new { Receipts = receipts, Last = receipts.Count > 0 ? receipts[^1].Seq : after ?? 0 });
    }
}
