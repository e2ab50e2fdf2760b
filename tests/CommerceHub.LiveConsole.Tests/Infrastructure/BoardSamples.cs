using CommerceHub.HubApi.Contracts.Consignments;

namespace CommerceHub.LiveConsole.Tests.Infrastructure;

/// <summary>Consignment contract messages for the board's component tests, built the way the hub sends them.</summary>
public static class BoardSamples
{
    public static readonly Guid MerchantId = Guid.Parse("0195f000-0000-7000-8000-0000000000aa");
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The hub's drawing of a short 9610 route, as its step graph writes it.</summary>
    public const string Mermaid = """
        stateDiagram-v2
            state "inbound (waits for scan:inbound)" as s0
            state "declare" as s1
            state "await-release (waits for receipt)" as s2
            state "load (waits for scan:load)" as s3
            state "rejected (undoes done steps)" as s4
            state "done" as s5
            [*] --> s0
            s0 --> s1 : scanned
            s1 --> s2 : sent
            s2 --> s3 : released
            s2 --> s4 : rejected
            s4 --> s1 : resubmitted
            s3 --> s5 : loaded
            s5 --> [*]
        """;

    public static ConsignmentSummary Summary(string parcelNo, ConsignmentStage stage, int minute = 0, string warehouse = "PXG",
        int openIncidents = 0, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), MerchantId, $"COP{parcelNo}", parcelNo, warehouse, "VN", "road", "9610", stage,
            "waiting", "inbound", openIncidents, null, Start.AddMinutes(minute));

    public static IncidentView Incident(Guid? consignmentId, bool open = true, string error = "single window timed out") =>
        new(Guid.NewGuid(), Guid.NewGuid(), consignmentId, "declare", error, Start.AddMinutes(3), open);

    public static ConsignmentDetail Detail(ConsignmentSummary summary, IReadOnlyList<IncidentView>? incidents = null) =>
        new(summary, "SO-778812", null,
            [new ConsignmentLineView("TEA-01", "Liupao tea 250 g", "0902301000", 3, 88m), new ConsignmentLineView("CUP-02", "Tea cup", "6912001000", 1, 15m)],
            ["B2C parcel to a buyer abroad", "value 279 CNY is under the 5,000 CNY cap"],
            [
                new TimelineEntry(Start, "scan", "inbound", "Scanned in at PXG"),
                new TimelineEntry(Start.AddMinutes(1), "customs-sent", "declare", "CEB603 sent"),
                new TimelineEntry(Start.AddMinutes(2), "receipt", "await-release", "CEB604 800 released"),
            ],
            [
                new CustomsReceiptView(Start.AddMinutes(2), "CEB604", "120", "accepted", "入库成功", "g-1"),
                new CustomsReceiptView(Start.AddMinutes(2), "CEB604", "800", "released", null, "g-2"),
            ],
            incidents ?? [], Guid.NewGuid());
}
