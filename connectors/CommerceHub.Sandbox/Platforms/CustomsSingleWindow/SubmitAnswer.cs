namespace CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

/// <summary>The key numbers customs gave one declared record.</summary>
public sealed record AcceptedRecord(string Entity, string Key, string? PreNo, string? InvtNo);

/// <summary>
/// The answer to one submitted message. A repeated guid gets the stored answer back, marked Duplicate, and no receipts.
/// FormatError holds the CEB900 text when the message was refused.
/// </summary>
public sealed record SubmitAnswer(string? MessageGuid, string? MessageType, IReadOnlyList<AcceptedRecord> Records, string? FormatError, bool Duplicate = false)
{
    public bool Accepted => FormatError is null;
}
