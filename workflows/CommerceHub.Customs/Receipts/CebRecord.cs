namespace CommerceHub.Customs.Receipts;

/// <summary>
/// One business record of a CEB message, with the keys that tie it to a consignment. Receipts carry Status, Info and
/// Time; declarations carry only the keys (and their appTime as Time).
/// </summary>
public sealed record CebRecord
{
    public required string Entity { get; init; }

    public string? Guid { get; init; }

    public string? CopNo { get; init; }

    public string? PreNo { get; init; }

    public string? InvtNo { get; init; }

    public string? OrderNo { get; init; }

    public string? LogisticsNo { get; init; }

    public string? SumNo { get; init; }

    /// <summary>The enterprise's return number (coElNo) on return messages.</summary>
    public string? ReturnNo { get; init; }

    /// <summary>Export declaration number (CEB792).</summary>
    public string? EntryId { get; init; }

    public ReceiptStatus? Status { get; init; }

    public string? Info { get; init; }

    public DateTimeOffset? Time { get; init; }

    /// <summary>The lists named in a summary application or result (CEB701, CEB792).</summary>
    public IReadOnlyList<string> ListedInvtNos { get; init; } = [];
}

/// <summary>A parsed CEB message. Quirks lists what the message did differently from the schema but could still be read.</summary>
public sealed record CebMessage(string MessageType, string KindName, bool IsReceipt, string? Guid, IReadOnlyList<CebRecord> Records, IReadOnlyList<string> Quirks);

/// <summary>Either a message or the reason it could not be read; reading never throws for bad input.</summary>
public sealed record CebReadResult(CebMessage? Message, string? Error)
{
    public bool Success => Message is not null;
}
