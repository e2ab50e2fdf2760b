namespace CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

/// <summary>How customs treats an inventory list (CEB603) in the simulator.</summary>
public enum CustomsOutcome
{
    /// <summary>120 → 399 → 800, then 899 once a departure (CEB509) names the parcel.</summary>
    Release,

    /// <summary>120 → 300 manual review → 399 → 800.</summary>
    ManualReview,

    /// <summary>120 → 399 → 500 inspection → 800 after the inspection delay.</summary>
    Inspection,

    /// <summary>100 with the rejection reason; the merchant fixes the list and resubmits it with a new guid.</summary>
    Rejection,

    /// <summary>120 → 399 → 500 → the detention code (501–503, 599).</summary>
    Detention,

    /// <summary>120 → 399 → 500 → 700 returned.</summary>
    Return,
}

/// <summary>An outcome an operator fixed for one business key (copNo, orderNo or logisticsNo).</summary>
public sealed record OutcomeOverride(CustomsOutcome Outcome, string? Reason = null, string? DetentionCode = null);
