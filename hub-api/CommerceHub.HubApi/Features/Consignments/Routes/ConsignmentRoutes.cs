using CommerceHub.Workflows.Definitions;

namespace CommerceHub.HubApi.Features.Consignments.Routes;

/// <summary>
/// The routes, one definition per declaration mode (the mode decides the messages the declare step sends) and one for
/// the broker: inbound → pack → declare → customs decision → load → depart → closed → handover → delivered.
/// </summary>
public static class ConsignmentRoutes
{
    public static readonly IReadOnlyList<string> ListModes = ["9610", "9710", "9810", "1210"];

    public static string Name(string mode) => $"consignment-{mode}";

    public static IEnumerable<WorkflowDefinition> All() => [.. ListModes.Select(List), Broker()];

    private static WorkflowDefinition List(string mode) => WorkflowDefinition.Create(Name(mode), 1)
        .Step<ReserveStock>("reserve-stock").Then("inbound")
        .Step<AwaitScan>("inbound").Then("pack")
        .Step<AwaitScan>("pack").Then("declare")
        .Step<Declare>("declare").Then("decision")
        .Step<AwaitDecision>("decision").On("released", "load").On("rejected", "fix").On("inspection", "inspection")
            .On("detained", "detained").On("returned", "returned").On("timeout", "escalate")
        .Step<Escalate>("escalate").Then("decision")
        .Wait("fix", "resubmit", "resubmit:{consignmentId}").Then("declare")
        .Step<AwaitScan>("inspection").Then("decision")
        .Step<AwaitScan>("load").Then("depart")
        .Step<AwaitScan>("depart").Then("closed")
        .Step<AwaitClosed>("closed").Then("handover")
        .Step<AwaitScan>("handover").Then("deliver")
        .Step<AwaitScan>("deliver").Then("delivered")
        .End("delivered")
        .End("detained", compensate: true)
        .End("returned", compensate: true)
        .Build();

    private static WorkflowDefinition Broker() => WorkflowDefinition.Create(Name(ConsignmentRouting.Broker), 1)
        .Step<ReserveStock>("reserve-stock").Then("broker")
        .Step<BrokerHandoff>("broker").Then("handed-to-broker")
        .End("handed-to-broker")
        .Build();
}
