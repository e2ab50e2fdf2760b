using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>Where a push ended after a pass.</summary>
public enum PushResultKind
{
    /// <summary>Finished: imported, or dropped for a reason (duplicate, stale, ignored).</summary>
    Done,

    /// <summary>The platform's detail call failed: try again after a back-off.</summary>
    Retry,

    /// <summary>Another import held the order: try again shortly, it is no failure.</summary>
    Busy,
}

public sealed record PushResult(PushResultKind Kind, string Outcome)
{
    public static PushResult Done(string outcome) => new(PushResultKind.Done, outcome);
}

/// <summary>One push in a batch pass: from an inbox row, or from a pulled event feed (no row).</summary>
public sealed class PushWork(long? inboxId, MarketplacePush push, bool admitted)
{
    public long? InboxId { get; } = inboxId;

    public MarketplacePush Push { get; } = push;

    /// <summary>Passed the duplicate gate, in this pass or an earlier one.</summary>
    public bool Admitted { get; set; } = admitted;

    public PushResult? Result { get; set; }

    /// <summary>Already written with the import's transaction.</summary>
    public bool Recorded { get; set; }
}
