using CommerceHub.Customs.Receipts;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.Workflows.Activities;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Consignments.Routes;

/// <summary>
/// Waits for customs' decision on the list (CEB604 receipts keyed by copNo), within the release SLA. Progress codes
/// (300 manual review) are noted and the wait goes on; 800 released, 100 rejected, 500 inspection, 501–503/599
/// detained and 700 returned each lead on. A receipt arriving out of order or a second time changes nothing.
/// </summary>
public sealed class AwaitDecision(IOptions<CustomsOptions> options) : Activity<RouteInput, NoOutput>
{
    public static string Key(string copNo) => $"receipt:{copNo}";

    protected override async ValueTask<ActivityResult> ExecuteAsync(RouteInput input, ActivityContext context, CancellationToken ct)
    {
        var wait = ActivityResult.Wait("receipt", Key(input.CopNo), options.Value.ReleaseSla);
        if (context.Stimulus is null)
        {
            return wait;
        }

        if (context.Stimulus.TimedOut)
        {
            return ActivityResult.Done(Outcomes.Timeout);
        }

        var receipt = context.Stimulus.PayloadAs<ReceiptStimulus>();
        var consignment = await RouteSteps.LoadAsync(context, input.ConsignmentId, ct);
        var status = receipt is null ? null : ReceiptStatus.Of(receipt.Status);
        switch (status?.Outcome)
        {
            case ReceiptOutcome.Rejected:
                consignment.RejectionReason = receipt!.Info ?? status.Meaning;
                RouteSteps.Note(context, consignment, "step", $"Rejected by customs: {consignment.RejectionReason}. Fix and resubmit.", ConsignmentStage.Rejected);
                return ActivityResult.Done("rejected");
            case ReceiptOutcome.ManualReview:
                RouteSteps.Note(context, consignment, "step", "Customs reviews the list by hand.", ConsignmentStage.ManualReview);
                return wait;
            case ReceiptOutcome.Inspection:
                RouteSteps.Note(context, consignment, "step", "Customs inspects the goods: present them at the inspection station.", ConsignmentStage.Inspection);
                return ActivityResult.Done("inspection");
            case ReceiptOutcome.Released or ReceiptOutcome.Closed:
                RouteSteps.Note(context, consignment, "step", "Released by customs; ready to load.", ConsignmentStage.Released);
                return ActivityResult.Done("released");
            case ReceiptOutcome.Detained:
                RouteSteps.Note(context, consignment, "step", $"Detained by customs ({receipt!.Status}): {receipt.Info}", ConsignmentStage.Detained);
                return ActivityResult.Done("detained");
            case ReceiptOutcome.Returned:
                RouteSteps.Note(context, consignment, "step", $"Returned by customs: {receipt!.Info}", ConsignmentStage.Returned);
                return ActivityResult.Done("returned");
            default:
                return wait;
        }
    }
}

/// <summary>The list was not released within the SLA: a timeline entry the board shows, then the wait goes on.</summary>
public sealed partial class Escalate(IOptions<CustomsOptions> options, ILogger<Escalate> logger) : Activity<RouteInput, NoOutput>
{
    protected override async ValueTask<ActivityResult> ExecuteAsync(RouteInput input, ActivityContext context, CancellationToken ct)
    {
        var consignment = await RouteSteps.LoadAsync(context, input.ConsignmentId, ct);
        RouteSteps.Note(context, consignment, "sla", $"SLA: list {consignment.InvtNo ?? consignment.CopNo} not released within {options.Value.ReleaseSla}; escalated to customs staff.");
        LogEscalated(logger, consignment.CopNo, options.Value.ReleaseSla);
        return Done(NoOutput.Value);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consignment {CopNo}: list not released within {Sla}; escalated")]
    private static partial void LogEscalated(ILogger logger, string copNo, TimeSpan sla);
}

/// <summary>After departure: waits for customs to close the list (899), which the monthly summary needs.</summary>
public sealed class AwaitClosed(TimeProvider clock) : Activity<RouteInput, NoOutput>
{
    protected override async ValueTask<ActivityResult> ExecuteAsync(RouteInput input, ActivityContext context, CancellationToken ct)
    {
        var receipt = context.Stimulus?.PayloadAs<ReceiptStimulus>();
        if (receipt is null || ReceiptStatus.Of(receipt.Status).Outcome != ReceiptOutcome.Closed)
        {
            return ActivityResult.Wait("receipt", AwaitDecision.Key(input.CopNo));
        }

        var consignment = await RouteSteps.LoadAsync(context, input.ConsignmentId, ct);
        consignment.ClosedAt = receipt.Time ?? clock.GetUtcNow();
        RouteSteps.Note(context, consignment, "step", "Customs closed the list (899).");
        return Done(NoOutput.Value);
    }
}

/// <summary>Hands a consignment that fits no list mode to a customs broker for a full declaration; no CEB message is sent.</summary>
public sealed class BrokerHandoff : Activity<RouteInput, NoOutput>
{
    protected override async ValueTask<ActivityResult> ExecuteAsync(RouteInput input, ActivityContext context, CancellationToken ct)
    {
        var consignment = await RouteSteps.LoadAsync(context, input.ConsignmentId, ct);
        RouteSteps.Note(context, consignment, "step", "Full customs declaration by a broker: " + string.Join("; ", consignment.ModeReasons),
            ConsignmentStage.BrokerDeclaration);
        return Done(NoOutput.Value);
    }
}
