using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Contracts.Orders;

namespace CommerceHub.LiveConsole.Live;

/// <summary>
/// What one console shows of a session, folded from the hub's messages. Not thread-safe: the page applies every
/// message on its render thread (ComponentBase.InvokeAsync).
/// </summary>
public sealed class LiveBoard
{
    public const int MaxOrders = 500;
    public const int MaxAlerts = 50;
    private readonly Dictionary<string, LiveStock> _stock = new(StringComparer.Ordinal);
    private readonly List<LiveOrderTick> _orders = [];
    private readonly HashSet<Guid> _seenOrders = [];
    private readonly List<LiveAlert> _alerts = [];

    public LiveSessionView? Session { get; private set; }

    public LiveCounters? Counters { get; private set; }

    public FlashSaleState? FlashSale { get; private set; }

    public string? PinnedSku => Session?.PinnedSku;

    public SalesSeries Sales { get; } = new();

    /// <summary>Orders, newest first.</summary>
    public IReadOnlyList<LiveOrderTick> Orders => _orders;

    /// <summary>Alerts, newest first.</summary>
    public IReadOnlyList<LiveAlert> Alerts => _alerts;

    public IEnumerable<ProductFigures> Products => Session is null ? []
        : Session.Lineup.OrderBy(i => i.Position).Select(Figures);

    public void Apply(LiveSessionState state)
    {
        Session = state.Session;
        Counters = state.Counters;
        FlashSale = state.FlashSale;
        foreach (var stock in state.Stock)
        {
            _stock[stock.Sku] = stock;
        }

        // The newest first, as the hub sends them; orders seen before are not counted twice in the chart.
        foreach (var tick in state.RecentOrders.Reverse())
        {
            Apply(tick);
        }
    }

    public void Apply(LiveStock stock)
    {
        if (!_stock.TryGetValue(stock.Sku, out var known) || known.At <= stock.At)
        {
            _stock[stock.Sku] = stock;
        }
    }

    public void Apply(LiveCounters counters)
    {
        if (Counters is null || Counters.At <= counters.At)
        {
            Counters = counters;
        }
    }

    public void Apply(LivePin pin)
    {
        if (Session is not null)
        {
            Session = Session with { PinnedSku = pin.Sku };
        }
    }

    public void Apply(FlashSaleState sale)
    {
        if (FlashSale is null || FlashSale.FlashSaleId != sale.FlashSaleId || FlashSale.At <= sale.At)
        {
            FlashSale = sale;
        }
    }

    public void Apply(LiveOrderTick tick)
    {
        if (!_seenOrders.Add(tick.OrderId))
        {
            return;
        }

        _orders.Insert(0, tick);
        if (_orders.Count > MaxOrders)
        {
            _orders.RemoveAt(_orders.Count - 1);
        }

        if (tick.Kind == OrderEventKind.Imported)
        {
            var lineup = Session?.Lineup.Select(i => i.Sku).ToHashSet(StringComparer.Ordinal);
            Sales.Add(tick.At, tick.Lines.Where(l => lineup is null || lineup.Contains(l.Sku)).Sum(l => (long)l.Quantity), tick.TotalCny);
        }
    }

    public void Apply(LiveAlert alert)
    {
        _alerts.Insert(0, alert);
        if (_alerts.Count > MaxAlerts)
        {
            _alerts.RemoveAt(_alerts.Count - 1);
        }
    }

    public ProductFigures? Find(string? sku) =>
        Session?.Lineup.FirstOrDefault(i => i.Sku == sku) is { } item ? Figures(item) : null;

    private ProductFigures Figures(LineupItem item)
    {
        var stock = _stock.GetValueOrDefault(item.Sku);
        var sold = Counters?.Products.FirstOrDefault(p => p.Sku == item.Sku)?.Sold ?? 0;
        var saleItem = FlashSale is { Status: not FlashSaleStatus.Ended } sale ? sale.Items.FirstOrDefault(i => i.Sku == item.Sku) : null;
        // Units a flash sale holds are reserved, so not in Available, yet still for sale: count them as left. The sale's
        // own state is newer than the stock reading when an order claims sale units (no pool movement, no stock event).
        var remaining = stock is null ? (long?)null : stock.Available + (saleItem?.Remaining ?? 0);
        return new ProductFigures(item, remaining, sold, saleItem, item.Sku == PinnedSku);
    }
}

/// <summary>The numbers of one lineup product as the console shows them.</summary>
/// <param name="Item">The lineup entry.</param>
/// <param name="Remaining">Units left for every channel (null before the first stock reading).</param>
/// <param name="Sold">Units sold in the session.</param>
/// <param name="FlashSale">The product's share of the running or announced flash sale, if any.</param>
/// <param name="Pinned">Whether it is the pinned product.</param>
public sealed record ProductFigures(LineupItem Item, long? Remaining, long Sold, FlashSaleItemState? FlashSale, bool Pinned)
{
    public bool SoldOut => Remaining == 0;

    public string Title(string language) =>
        Item.Titles.TryGetValue(language, out var t) ? t
        : Item.Titles.TryGetValue("en", out var en) ? en
        : Item.Titles.Values.FirstOrDefault() ?? Item.Sku;
}
