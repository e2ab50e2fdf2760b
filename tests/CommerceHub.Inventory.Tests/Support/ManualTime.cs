namespace CommerceHub.Inventory.Tests.Support;

/// <summary>A clock the test moves by hand, so expiry can be tested without sleeping.</summary>
public sealed class ManualTime : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
