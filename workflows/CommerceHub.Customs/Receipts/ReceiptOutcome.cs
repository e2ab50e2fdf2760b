namespace CommerceHub.Customs.Receipts;

/// <summary>What a receipt's returnStatus means for the consignment's route.</summary>
public enum ReceiptOutcome
{
    Unknown,

    /// <summary>1–3: stored, declaring, sent to customs (the e-port's own progress).</summary>
    InTransit,

    /// <summary>4: the e-port could not pass the message to customs.</summary>
    TransmissionFailed,

    /// <summary>Negative status: the platform failed to process the message.</summary>
    ProcessingError,

    /// <summary>CEB900: the message broke the format or the schema.</summary>
    FormatError,

    Rejected,
    Accepted,
    ManualReview,
    Approved,
    Inspection,
    Detained,
    HandedOver,
    Suspended,
    Returned,
    Released,
    Closed,

    /// <summary>CEB792: customs built the export declaration from the summary.</summary>
    SummaryDeclared,
}
