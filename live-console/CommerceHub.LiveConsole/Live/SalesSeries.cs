namespace CommerceHub.LiveConsole.Live;

/// <summary>Units and CNY revenue per minute of a session, for the sales chart.</summary>
public sealed class SalesSeries
{
    private readonly SortedDictionary<DateTimeOffset, SalesMinute> _minutes = [];

    public IReadOnlyCollection<SalesMinute> Minutes => _minutes.Values;

    /// <summary>Starts again from the hub's per-minute summary, which covers the whole session (the ticker only its latest orders).</summary>
    public void Replace(IEnumerable<SalesMinute> minutes)
    {
        _minutes.Clear();
        foreach (var minute in minutes)
        {
            _minutes[minute.Minute] = minute;
        }
    }

    public void Add(DateTimeOffset at, long units, decimal revenueCny)
    {
        var minute = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var known = _minutes.GetValueOrDefault(minute) ?? new SalesMinute(minute, 0, 0);
        _minutes[minute] = known with { Units = known.Units + units, RevenueCny = known.RevenueCny + revenueCny };
    }
}

/// <summary>Sales in one minute.</summary>
public sealed record SalesMinute(DateTimeOffset Minute, long Units, decimal RevenueCny);
