using CommerceHub.Customs.Messages;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.Workflows.Activities;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Consignments.Routes;

/// <summary>
/// Declares the consignment: CEB303 order (orderType from the mode), CEB505 waybill and CEB603 inventory list
/// (tradeMode from the mode), each signed, schema-checked and sent with guids derived from the step's execution id.
/// Undone by cancelling the list with CEB605 while customs still holds it (not after a rejection or closing).
/// </summary>
public sealed class Declare(SingleWindowClient window, IOptions<CustomsOptions> options, TimeProvider clock) : CompensableActivity<RouteInput, NoOutput>
{
    protected override async ValueTask<ActivityResult> ExecuteAsync(RouteInput input, ActivityContext context, CancellationToken ct)
    {
        var consignment = await RouteSteps.LoadAsync(context, input.ConsignmentId, ct);
        var customs = ConsignmentRouting.ToCustoms(consignment, options.Value);
        var decision = Customs.Modes.ModeRules.Default.Decide(customs);
        if (decision.NeedsBroker)
        {
            throw new InvalidOperationException("The consignment no longer qualifies for a list: " + string.Join("; ", decision.Reasons));
        }

        var now = clock.GetUtcNow();
        await window.SendAsync(CebMessages.Order(customs, decision, window.Sender, now), context.ExecutionId, ct);
        await window.SendAsync(CebMessages.Logistics(customs, window.Sender, now), context.ExecutionId, ct);
        var records = await window.SendAsync(CebMessages.Inventory(customs, decision, window.Sender, now), context.ExecutionId, ct);
        var list = records.Count > 0 ? records[0] : null;
        consignment.PreNo = list?.PreNo ?? consignment.PreNo;
        consignment.InvtNo = list?.InvtNo ?? consignment.InvtNo;
        consignment.RejectionReason = null;
        consignment.Mode = decision.TradeMode!; // a list mode always has one
        RouteSteps.Note(context, consignment, "customs-sent",
            $"Declared as {decision.TradeMode}: CEB303 (orderType {decision.OrderType}), CEB505, CEB603 list {consignment.InvtNo}.", ConsignmentStage.Declaring);
        return Done(NoOutput.Value);
    }

    protected override async ValueTask CompensateAsync(RouteInput input, ActivityContext context, CancellationToken ct)
    {
        var consignment = await RouteSteps.LoadAsync(context, input.ConsignmentId, ct);
        if (consignment.InvtNo is null || consignment.RejectionReason is not null || consignment.ClosedAt is not null)
        {
            RouteSteps.Note(context, consignment, "compensation", "No list to cancel (never accepted, rejected or closed).");
            return;
        }

        var o = options.Value;
        var cancel = new InventoryCancellation(consignment.CustomsCode, consignment.CopNo, consignment.PreNo, consignment.InvtNo,
            $"Consignment ended {consignment.Stage}", new(o.AgentCode, o.AgentName), new(o.CopCode, o.CopName));
        await window.SendAsync(CebMessages.CancelInventory(cancel, window.Sender, clock.GetUtcNow()), $"{context.InstanceId:N}:cancel-list", ct);
        RouteSteps.Note(context, consignment, "compensation", $"CEB605 sent: cancel list {consignment.InvtNo}.");
    }
}
