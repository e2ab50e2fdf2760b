using System.Collections.Concurrent;

namespace CommerceHub.Workflows.Tests.Support;

/// <summary>Shared by every node of a test: counts activity runs and records undo order, across service providers.</summary>
public sealed class Probe
{
    private readonly ConcurrentDictionary<(Guid, string), int> _runs = new();

    public ConcurrentQueue<string> Journal { get; } = new();

    /// <summary>While true, the Flaky activity throws (a carrier API that is down).</summary>
    public bool CarrierDown { get; set; }

    public void Hit(Guid instanceId, string step) => _runs.AddOrUpdate((instanceId, step), 1, (_, n) => n + 1);

    public int Runs(Guid instanceId, string step) => _runs.GetValueOrDefault((instanceId, step));

    public IEnumerable<KeyValuePair<(Guid Instance, string Step), int>> All => _runs;
}

/// <summary>A clock the sweeper tests move forward.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
