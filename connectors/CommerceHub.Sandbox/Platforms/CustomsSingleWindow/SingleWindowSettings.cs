namespace CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

/// <summary>
/// Receipt timing (seconds on the sandbox clock, counted from the submission) and the weighted mix of list outcomes.
/// Bound from Sandbox:Platforms:CustomsSingleWindow:Simulator and replaceable at run time through the admin API.
/// </summary>
public sealed record SingleWindowSettings
{
    public const string Section = "Sandbox:Platforms:CustomsSingleWindow:Simulator";

    /// <summary>When customs stores the record (120) or rejects it (100).</summary>
    public double AcceptSeconds { get; init; } = 2;

    /// <summary>When a list is approved (399), or goes to manual review (300).</summary>
    public double ReviewSeconds { get; init; } = 5;

    /// <summary>When a list is released (800) or sent to inspection (500).</summary>
    public double DecisionSeconds { get; init; } = 10;

    /// <summary>How long an inspection (or a manual review) lasts before its result.</summary>
    public double InspectionSeconds { get; init; } = 60;

    public double ReleaseWeight { get; init; } = 1;

    public double ManualReviewWeight { get; init; }

    public double InspectionWeight { get; init; }

    public double RejectionWeight { get; init; }

    public double DetentionWeight { get; init; }

    public double ReturnWeight { get; init; }

    public string RejectionReason { get; init; } = "申报商品编码与品名不符，请核实后重新申报";

    public string DetentionCode { get; init; } = "599";

    /// <summary>Seed of the outcome draw, so a run with a mix is repeatable.</summary>
    public int Seed { get; init; } = 20260701;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (new[] { AcceptSeconds, ReviewSeconds, DecisionSeconds, InspectionSeconds }.Any(d => d < 0 || double.IsNaN(d)))
        {
            problems.Add("delays must be zero or more seconds");
        }

        if (!(AcceptSeconds <= ReviewSeconds && ReviewSeconds <= DecisionSeconds))
        {
            problems.Add("delays must keep the order AcceptSeconds ≤ ReviewSeconds ≤ DecisionSeconds");
        }

        var weights = new[] { ReleaseWeight, ManualReviewWeight, InspectionWeight, RejectionWeight, DetentionWeight, ReturnWeight };
        if (weights.Any(w => w < 0 || double.IsNaN(w)) || weights.Sum() <= 0)
        {
            problems.Add("outcome weights must be zero or more, and at least one above zero");
        }

        if (DetentionCode is not ("501" or "502" or "503" or "599"))
        {
            problems.Add("DetentionCode must be 501, 502, 503 or 599");
        }

        if (string.IsNullOrWhiteSpace(RejectionReason) || RejectionReason.Length > 1000)
        {
            problems.Add("RejectionReason must be 1 to 1000 characters");
        }

        return problems;
    }

    internal CustomsOutcome Draw(Random random)
    {
        (CustomsOutcome Outcome, double Weight)[] mix =
        [
            (CustomsOutcome.Release, ReleaseWeight), (CustomsOutcome.ManualReview, ManualReviewWeight), (CustomsOutcome.Inspection, InspectionWeight),
            (CustomsOutcome.Rejection, RejectionWeight), (CustomsOutcome.Detention, DetentionWeight), (CustomsOutcome.Return, ReturnWeight),
        ];
        var roll = random.NextDouble() * mix.Sum(m => m.Weight);
        foreach (var (outcome, weight) in mix)
        {
            if (roll < weight)
            {
                return outcome;
            }

            roll -= weight;
        }

        return mix.Last(m => m.Weight > 0).Outcome;
    }
}
