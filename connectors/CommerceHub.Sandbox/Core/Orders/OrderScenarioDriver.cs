using System.Collections.Concurrent;
using CommerceHub.Sandbox.Hosting;

namespace CommerceHub.Sandbox.Core.Orders;

/// <summary>Creates buyers' orders against the listed stock and moves them through the platform's statuses.</summary>
public sealed class OrderScenarioDriver(ISandboxMarket market, PlatformContext context, ILogger<OrderScenarioDriver> logger)
{
    private readonly ConcurrentDictionary<string, Run> runs = new(StringComparer.Ordinal);
    private long nextId;

    public ScenarioReport? Find(string id) => runs.TryGetValue(id, out var run) ? run.Report() : null;

    public (ScenarioReport Report, Task Completion) Start(OrderScenarioRequest request, CancellationToken stopping)
    {
        var run = new Run($"scn-{Interlocked.Increment(ref nextId)}", request);
        runs[run.Id] = run;
        var completion = Task.Run(() => ExecuteAsync(run, stopping), stopping);
        return (run.Report(), completion);
    }

    /// <summary>Walks one order from its current status to <paramref name="target"/> along the flow, or jumps straight to an off-flow status.</summary>
    public async Task<bool> AdvanceAsync(string shopId, string orderId, string target, int stepDelayMs, CancellationToken ct)
    {
        var flow = market.StatusFlow;
        var current = market.OrderStatus(shopId, orderId);
        if (current is null)
        {
            return false;
        }

        var from = IndexOf(flow, current);
        var to = IndexOf(flow, target);
        if (from < 0 || to < 0)
        {
            return market.TryMoveOrder(shopId, orderId, target);
        }

        for (var step = from + 1; step <= to; step++)
        {
            if (step > from + 1 && stepDelayMs > 0)
            {
                await Task.Delay(stepDelayMs, ct);
            }

            if (!market.TryMoveOrder(shopId, orderId, flow[step]))
            {
                return false;
            }
        }

        return to >= from;
    }

    private async Task ExecuteAsync(Run run, CancellationToken ct)
    {
        var request = run.Request;
        if (request.PerSecond is > 0 and var perSecond)
        {
            var gap = TimeSpan.FromSeconds(1 / perSecond);
            for (var i = 0; i < request.Count && !ct.IsCancellationRequested; i++)
            {
                await PlaceAsync(run, ct);
                await Task.Delay(gap, ct);
            }
        }
        else
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 4, CancellationToken = ct };
            await Parallel.ForEachAsync(Enumerable.Range(0, request.Count), parallel, async (_, token) => await PlaceAsync(run, token));
        }

        run.Finished = true;
        Log.ScenarioFinished(logger, context.Name, run.Id, request.ShopId, run.OrderIds.Count, run.SoldOut);
    }

    private async Task PlaceAsync(Run run, CancellationToken ct)
    {
        var request = run.Request;
        var orderId = TryPlaceAnywhere(request);
        if (orderId is null)
        {
            Interlocked.Increment(ref run.SoldOut);
            return;
        }

        run.OrderIds.Enqueue(orderId);
        if (request.AdvanceTo is not null)
        {
            await AdvanceAsync(request.ShopId, orderId, request.AdvanceTo, request.StepDelayMs, ct);
        }
    }

    // Picks a random SKU that still shows stock; if another buyer took it first, looks again until nothing is left.
    private string? TryPlaceAnywhere(OrderScenarioRequest request)
    {
        while (true)
        {
            var candidates = market.Sellable(request.ShopId)
                .Where(s => s.Stock >= request.Quantity && (request.ItemId is null || s.ItemId == request.ItemId))
                .ToList();
            if (candidates.Count == 0)
            {
                return null;
            }

            var orderId = market.TryPlaceOrder(request.ShopId, candidates[Random.Shared.Next(candidates.Count)], request.Quantity);
            if (orderId is not null)
            {
                return orderId;
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> flow, string status)
    {
        for (var i = 0; i < flow.Count; i++)
        {
            if (string.Equals(flow[i], status, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class Run(string id, OrderScenarioRequest request)
    {
        public int SoldOut;

        public string Id { get; } = id;

        public OrderScenarioRequest Request { get; } = request;

        public ConcurrentQueue<string> OrderIds { get; } = new();

        public bool Finished { get; set; }

        public ScenarioReport Report() =>
            new(Id, Request.ShopId, Finished, Request.Count, OrderIds.Count, SoldOut, [.. OrderIds]);
    }
}
