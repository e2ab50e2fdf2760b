namespace CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

/// <summary>What the simulated customs remembers about one inventory list.</summary>
internal sealed class ListState
{
    public required string CopNo { get; init; }

    public required string PreNo { get; init; }

    public required string InvtNo { get; init; }

    public required string LogisticsNo { get; init; }

    public required string EbcCode { get; init; }

    public required IReadOnlyDictionary<string, string?> Keys { get; init; }

    public required IReadOnlyList<(int Gnum, string Gcode)> Lines { get; init; }

    public required decimal GrossWeight { get; init; }

    public required decimal NetWeight { get; init; }

    public required CustomsOutcome Outcome { get; init; }

    /// <summary>When the 800 release is due; null when the outcome never releases the goods.</summary>
    public DateTimeOffset? ReleaseAt { get; init; }

    public DateTimeOffset? ClosedAt { get; set; }

    public bool Cancelled { get; set; }

    public bool Rejected => Outcome == CustomsOutcome.Rejection;

    public bool Releases => Outcome is CustomsOutcome.Release or CustomsOutcome.ManualReview or CustomsOutcome.Inspection;
}

/// <summary>A receipt waiting for its time on the sandbox clock.</summary>
internal sealed record PendingReceipt(long Order, string MessageType, string Key, string Status, DateTimeOffset DueAt, string Xml, string DxpId, string CopCode);

/// <summary>A receipt that is out: polled by sequence number and pushed to the enterprise's callback.</summary>
public sealed record DeliveredReceipt(long Seq, string MessageType, string Key, string Status, DateTimeOffset Time, string DxpId, string Xml)
{
    internal string CopCode { get; init; } = "";
}
