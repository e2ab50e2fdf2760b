using CommerceHub.Workflows.Definitions;

namespace CommerceHub.Workflows.Tests.Support;

public static class Routes
{
    public static WorkflowDefinition ParcelV1 => WorkflowDefinition.Create("parcel", 1)
        .Step<Touch>("pick").Then("scan")
        .Wait("scan", "scan", "{parcelNo}").Then("ship")
        .Step<Touch>("ship").Then("delivered")
        .End("delivered")
        .Build();

    /// <summary>v2 inspects the parcel between the scan and shipping.</summary>
    public static WorkflowDefinition ParcelV2 => WorkflowDefinition.Create("parcel", 2)
        .Step<Touch>("pick").Then("scan")
        .Wait("scan", "scan", "{parcelNo}").Then("inspect")
        .Step<Touch>("inspect").Then("ship")
        .Step<Touch>("ship").Then("delivered")
        .End("delivered")
        .Build();

    public static WorkflowDefinition Consignment => WorkflowDefinition.Create("consignment", 1)
        .Step<Reserve>("reserve-stock").Then("declare")
        .Step<Reserve>("declare").Then("notify")
        .Step<Touch>("notify").Then("receipt")
        .Step<AwaitReceipt>("receipt").On("accepted", "released").On("rejected", "rejected")
        .End("released")
        .End("rejected", compensate: true)
        .Build();

    public static WorkflowDefinition Carrier => WorkflowDefinition.Create("carrier", 1)
        .Step<Reserve>("reserve").Then("book")
        .Step<Flaky>("book").On("done", "booked").On("manual", "manual")
        .End("booked")
        .End("manual")
        .Build();

    public static WorkflowDefinition Timed => WorkflowDefinition.Create("timed", 1)
        .Step<Touch>("a").Then("cool-off")
        .Delay("cool-off", TimeSpan.FromSeconds(1)).Then("b")
        .Step<Touch>("b").Then("end")
        .End("end")
        .Build();

    public static WorkflowDefinition Escalation => WorkflowDefinition.Create("escalation", 1)
        .Wait("release", "release", "{copNo}", TimeSpan.FromSeconds(1)).On("done", "released").On("timeout", "escalated")
        .End("released")
        .End("escalated")
        .Build();

    public static WorkflowDefinition Restartable => WorkflowDefinition.Create("restartable", 1)
        .Step<Touch>("a").Then("scan")
        .Wait("scan", "scan", "{parcelNo}").Then("b")
        .Step<Touch>("b").Then("cool-off")
        .Delay("cool-off", TimeSpan.FromSeconds(3)).Then("c")
        .Step<Touch>("c").Then("end")
        .End("end")
        .Build();

    public static WorkflowDefinition Resume => WorkflowDefinition.Create("resume", 1)
        .Wait("scan", "scan", "{parcelNo}").Then("after")
        .Step<Touch>("after").Then("end")
        .End("end")
        .Build();

    public static IEnumerable<WorkflowDefinition> All =>
        [ParcelV1, Consignment, Carrier, Timed, Escalation, Restartable, Resume];
}
