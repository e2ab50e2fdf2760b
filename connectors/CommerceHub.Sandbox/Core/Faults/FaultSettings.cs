namespace CommerceHub.Sandbox.Core.Faults;

/// <summary>Faults for one platform; rates are shares between 0 and 1. All off by default.</summary>
public sealed record FaultSettings
{
    public int LatencyMs { get; init; }

    public double ServerErrorRate { get; init; }

    /// <summary>Share of calls that hang for <see cref="HangMs"/> before answering 504, to trip client timeouts.</summary>
    public double TimeoutRate { get; init; }

    public int HangMs { get; init; } = 30_000;

    public double WebhookDropRate { get; init; }

    public double WebhookDuplicateRate { get; init; }

    public bool WebhookOutOfOrder { get; init; }
}
