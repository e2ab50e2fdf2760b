using CommerceHub.Customs.Receipts;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Features.Consignments.Routes;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Consignments;

/// <summary>What became of each record of an ingested receipt: stored, resumed the route, parked, or a duplicate.</summary>
public sealed record ReceiptIngestResult(string MessageType, string Guid, IReadOnlyList<ReceiptRecordResult> Records);

public sealed record ReceiptRecordResult(string Key, string Status, Guid? ConsignmentId, string Outcome);

/// <summary>
/// Turns a customs receipt (pushed or polled) into the consignment's receipt history and timeline, and the list
/// decisions (CEB604: 100, 300, 500, 501–503/599, 700, 800, 899) into "receipt" stimuli keyed by copNo, with the
/// receipt's guid as stimulus id, so a receipt delivered twice resumes its route once. A receipt that names no known
/// consignment is parked as a stimulus and, unclaimed, ends in the dead letters operators see.
/// </summary>
public sealed class ReceiptIngest(HubDbContext db, IWorkflowRuntime runtime, ConsignmentEvents events, TimeProvider clock)
{
    private static readonly HashSet<ReceiptOutcome> Decisions =
    [
        ReceiptOutcome.Rejected, ReceiptOutcome.ManualReview, ReceiptOutcome.Inspection, ReceiptOutcome.Detained, ReceiptOutcome.Returned,
        ReceiptOutcome.Released, ReceiptOutcome.Closed,
    ];

    public async Task<ReceiptIngestResult> IngestAsync(string xml, CancellationToken ct)
    {
        var read = CebMessageReader.Read(xml);
        if (read.Message is not { } message)
        {
            throw new HubValidationException("receipt", read.Error ?? "not a CEB message");
        }

        if (!message.IsReceipt || message.Guid is null)
        {
            throw new HubValidationException("receipt", $"{message.MessageType} is not a receipt with a message guid.");
        }

        var results = new List<ReceiptRecordResult>();
        for (var i = 0; i < message.Records.Count; i++)
        {
            results.Add(await IngestRecordAsync(message, message.Records[i], $"{message.Guid}:{i}", ct));
        }

        return new ReceiptIngestResult(message.MessageType, message.Guid, results);
    }

    private async Task<ReceiptRecordResult> IngestRecordAsync(CebMessage message, CebRecord record, string receiptId, CancellationToken ct)
    {
        var key = record.CopNo ?? record.OrderNo ?? record.LogisticsNo ?? record.ReturnNo ?? record.Guid ?? "";
        var status = record.Status ?? ReceiptStatus.Of("0");
        var consignment = await FindAsync(message.MessageType, record, ct);
        var stimulus = new Stimulus("receipt", AwaitDecision.Key(consignment?.CopNo ?? key),
            new ReceiptStimulus(message.MessageType, status.Code, record.Info, record.Time), receiptId);
        if (consignment is null)
        {
            var unknown = await runtime.DeliverAsync(stimulus, ct);
            return new ReceiptRecordResult(key, status.Code, null, unknown.Outcome == DeliveryOutcome.Duplicate ? "duplicate" : "parked");
        }

        if (!await StoreAsync(consignment, message.MessageType, status, record, receiptId, ct))
        {
            return new ReceiptRecordResult(key, status.Code, consignment.Id, "duplicate");
        }

        var outcome = "stored";
        if (message.MessageType == "CEB604" && Decisions.Contains(status.Outcome) && IsActive(consignment.Stage))
        {
            outcome = (await runtime.DeliverAsync(stimulus, ct)).Outcome.ToString().ToLowerInvariant();
        }

        await events.AnnounceAsync(consignment.Id, null, ct);
        return new ReceiptRecordResult(key, status.Code, consignment.Id, outcome);
    }

    /// <summary>Stores the receipt and its timeline line; false when this receipt was stored before.</summary>
    private async Task<bool> StoreAsync(Consignment consignment, string type, ReceiptStatus status, CebRecord record, string receiptId, CancellationToken ct)
    {
        if (await db.Set<ConsignmentReceiptRow>().AnyAsync(r => r.ConsignmentId == consignment.Id && r.ReceiptId == receiptId, ct))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var info = record.Info is { Length: > 1000 } long_ ? long_[..1000] : record.Info;
        db.Add(new ConsignmentReceiptRow
        {
            ConsignmentId = consignment.Id, At = now, MessageType = type, ReturnStatus = status.Code, Meaning = Cut(status.Meaning, 200), Info = info, ReceiptId = receiptId,
        });
        db.Add(new ConsignmentTimelineRow
        {
            ConsignmentId = consignment.Id, At = now, Kind = "receipt", Step = "customs",
            Text = $"{type} {status.Code} {status.Meaning}" + (info is null ? "" : $": {info}"),
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // The unique (consignment, guid) index: a concurrent delivery of the same receipt stored it first.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>The consignment a receipt is about: lists by copNo, orders by orderNo, waybills by parcel, load messages by their copNo.</summary>
    private Task<Consignment?> FindAsync(string type, CebRecord record, CancellationToken ct)
    {
        var all = db.Set<Consignment>().IgnoreQueryFilters().AsNoTracking();
        return type switch
        {
            "CEB304" when record.OrderNo is { } orderNo => all.OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(c => c.OrderNo == orderNo || c.BookingNo == orderNo, ct),
            "CEB506" when record.LogisticsNo is { } parcel => all.FirstOrDefaultAsync(c => c.ParcelNo == parcel, ct),
            "CEB608" or "CEB510" when record.CopNo is { } load && load.StartsWith(AwaitScan.LoadPrefix, StringComparison.Ordinal) =>
                all.FirstOrDefaultAsync(c => c.CopNo == load.Substring(AwaitScan.LoadPrefix.Length), ct),
            _ when record.CopNo is { } copNo => all.FirstOrDefaultAsync(c => c.CopNo == copNo, ct),
            _ => Task.FromResult<Consignment?>(null),
        };
    }

    private static bool IsActive(ConsignmentStage stage) =>
        stage is not (ConsignmentStage.Delivered or ConsignmentStage.Cancelled or ConsignmentStage.Detained or ConsignmentStage.Returned
            or ConsignmentStage.BrokerDeclaration);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
