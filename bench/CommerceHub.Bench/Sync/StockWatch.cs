using System.Diagnostics;
using CommerceHub.Sandbox.Core.Orders;

namespace CommerceHub.Bench.Sync;

/// <summary>
/// Watches one platform's shop in-process (its market's stock per item and variant, every 10 ms) and times each
/// change from the moment the hub accepted it to the first look at which the platform shows that value or a later
/// one. Every change adds stock, so the channel quantity only grows and "a later one" is "at least as much".
/// </summary>
internal sealed class StockWatch(string platform, ISandboxMarket market, string shopId, IReadOnlyDictionary<(string ItemId, string? ModelId), string> skuByItem)
{
    private readonly Dictionary<string, PriorityQueue<long, long>> _pending = new(StringComparer.Ordinal);
    private readonly List<double> _latenciesMs = [];
    private readonly object _gate = new();

    public string Platform { get; } = platform;

    /// <summary>The SKUs and stock the platform shows now.</summary>
    public Dictionary<string, int> Shown()
    {
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sellable in market.Sellable(shopId))
        {
            if (skuByItem.TryGetValue((sellable.ItemId, sellable.ModelId), out var sku))
            {
                shown[sku] = sellable.Stock;
            }
        }

        return shown;
    }

    /// <summary>The hub accepted a change at <paramref name="acceptedAt"/> (a Stopwatch timestamp) after which the channel shows <paramref name="quantity"/>.</summary>
    public void Expect(string sku, long quantity, long acceptedAt)
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue(sku, out var queue))
            {
                _pending[sku] = queue = new PriorityQueue<long, long>();
            }

            queue.Enqueue(acceptedAt, quantity);
        }
    }

    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Values.Sum(q => q.Count);
            }
        }
    }

    /// <summary>Takes the latencies recorded so far, in milliseconds.</summary>
    public List<double> Drain()
    {
        lock (_gate)
        {
            var taken = new List<double>(_latenciesMs);
            _latenciesMs.Clear();
            return taken;
        }
    }

    public async Task RunAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
        {
            Look();
        }
    }

    private void Look()
    {
        var shown = Shown();
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            foreach (var (sku, queue) in _pending)
            {
                if (!shown.TryGetValue(sku, out var stock))
                {
                    continue;
                }

                while (queue.TryPeek(out var acceptedAt, out var quantity) && quantity <= stock)
                {
                    queue.Dequeue();
                    _latenciesMs.Add(Stopwatch.GetElapsedTime(acceptedAt, now).TotalMilliseconds);
                }
            }
        }
    }
}
