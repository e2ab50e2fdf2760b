using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>
/// Processes a batch of parsed pushes: the duplicate gate for all of them in one pipelined round, then per shop one
/// detail read of every order named (several pushes of one order cost one read, and the platform's current state
/// wins whatever order the pushes came in) and one batch import. Sets each push's <see cref="PushWork.Result"/>.
/// </summary>
public sealed partial class OrderPushBatch(
    HubDbContext db, PushGate gate, OrderDetailFetcher fetcher, OrderBatchImporter importer, ILogger<OrderPushBatch> logger)
{
    /// <param name="work">The pushes.</param>
    /// <param name="recordImported">Writes the results of imported pushes inside the import's transaction (null when there is nothing to record).</param>
    /// <param name="ct">Cancels the pass.</param>
    public async Task ProcessAsync(IReadOnlyList<PushWork> work, Func<IReadOnlyList<PushWork>, CancellationToken, Task>? recordImported, CancellationToken ct)
    {
        var orderPushes = new List<PushWork>(work.Count);
        foreach (var item in work)
        {
            if (item.Push is { Kind: PushKind.OrderStatusChanged or PushKind.TrackingNumberAssigned, Shop: not null, ExternalOrderId: not null })
            {
                orderPushes.Add(item);
            }
            else
            {
                item.Result = PushResult.Done($"ignored: {item.Push.Kind} ({item.Push.PlatformCode})");
            }
        }

        var fresh = await AdmitAsync(orderPushes, ct);
        var shops = await ShopsAsync(fresh, ct);
        foreach (var group in fresh.GroupBy(w => w.Push.Shop!))
        {
            if (!shops.TryGetValue(group.Key, out var shop))
            {
                foreach (var item in group)
                {
                    item.Result = PushResult.Done($"ignored: shop {group.Key} is not connected");
                }

                continue;
            }

            await ImportShopAsync(shop, [.. group], recordImported, ct);
        }
    }

    /// <summary>Pushes admitted in an earlier pass skip the gate: it would take their own first pass for a duplicate.</summary>
    private async Task<List<PushWork>> AdmitAsync(List<PushWork> pushes, CancellationToken ct)
    {
        var toGate = pushes.Where(w => !w.Admitted).ToList();
        // Started in push order, so the pipelined scripts run in that order and the stale check compares like the pushes came.
        var decisions = await Task.WhenAll(toGate.Select(w => gate.AdmitAsync(w.Push, ct)));
        for (var i = 0; i < toGate.Count; i++)
        {
            if (decisions[i] == PushDecision.Fresh)
            {
                toGate[i].Admitted = true;
            }
            else
            {
                toGate[i].Result = PushResult.Done(decisions[i].ToString().ToLowerInvariant());
            }
        }

        return [.. pushes.Where(w => w.Admitted)];
    }

    private async Task<Dictionary<ShopRef, ShopConnection>> ShopsAsync(List<PushWork> pushes, CancellationToken ct)
    {
        var shopIds = pushes.Select(w => w.Push.Shop!.ShopId).Distinct(StringComparer.Ordinal).ToList();
        if (shopIds.Count == 0)
        {
            return [];
        }

        var shops = await db.Set<ShopConnection>().IgnoreQueryFilters().AsNoTracking().Where(s => shopIds.Contains(s.ShopId)).ToListAsync(ct);
        return shops.ToDictionary(s => new ShopRef(s.Marketplace, s.ShopId));
    }

    private async Task ImportShopAsync(ShopConnection shop, List<PushWork> pushes,
        Func<IReadOnlyList<PushWork>, CancellationToken, Task>? recordImported, CancellationToken ct)
    {
        var byOrder = pushes.ToLookup(w => w.Push.ExternalOrderId!, StringComparer.Ordinal);
        var fetched = await fetcher.FetchAsync(new ShopRef(shop.Marketplace, shop.ShopId), [.. byOrder.Select(g => g.Key)], ct);
        foreach (var id in fetched.Unknown)
        {
            SetAll(byOrder[id], PushResult.Done("ignored: the platform does not know the order"));
        }

        foreach (var (id, error) in fetched.Failed)
        {
            SetAll(byOrder[id], new PushResult(PushResultKind.Retry, "detail read failed: " + error));
        }

        if (fetched.Orders.Count == 0)
        {
            return;
        }

        try
        {
            var result = await importer.ImportAsync(shop, fetched.Orders, TimeSpan.Zero, async (outcomes, token) =>
            {
                var imported = outcomes.SelectMany(o => byOrder[o.Key].Select(w => (Work: w, Outcome: o.Value))).ToList();
                foreach (var (item, outcome) in imported)
                {
                    item.Result = PushResult.Done("imported: " + outcome.ToString().ToLowerInvariant());
                }

                if (recordImported is not null)
                {
                    await recordImported([.. imported.Select(i => i.Work)], token);
                }
            }, ct);
            foreach (var id in result.Busy)
            {
                SetAll(byOrder[id], new PushResult(PushResultKind.Busy, "another import held the order"));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One shop's failure (ledger being rebuilt, a missing currency rate) must not hold back the other shops of the batch.
            LogImportFailed(logger, e, shop.Marketplace, shop.ShopId, fetched.Orders.Count);
            foreach (var order in fetched.Orders)
            {
                SetAll(byOrder[order.ExternalOrderId], new PushResult(PushResultKind.Retry, "import failed: " + e.Message));
            }
        }
    }

    private static void SetAll(IEnumerable<PushWork> pushes, PushResult result)
    {
        foreach (var item in pushes)
        {
            item.Result = result;
            item.Recorded = false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Marketplace} shop {ShopId}: importing {Count} orders failed; their pushes are retried")]
    private static partial void LogImportFailed(ILogger logger, Exception exception, Marketplace marketplace, string shopId, int count);
}
