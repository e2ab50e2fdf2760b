using System.Runtime.CompilerServices;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Tiki.Dtos;

namespace CommerceHub.Connectors.Tiki;

public sealed partial class TikiConnector
{
    private const int OrderPageSize = 100;

    /// <summary>Tiki's advice: only orders that reached queueing are accepted orders; earlier ones may still fail.</summary>
    private static readonly string NotAcceptedFilter = "nin|" + string.Join(',', TikiStatuses.NotYetAccepted);

    public async IAsyncEnumerable<MarketplaceOrder> ListOrdersAsync(
        ShopRef shop, OrderQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Check(shop);
        // Tiki's filter dates have whole seconds: round the range outwards so no order at its edges is missed.
        var from = DateTimeOffset.FromUnixTimeSeconds(query.UpdatedFrom.ToUnixTimeSeconds());
        var to = DateTimeOffset.FromUnixTimeSeconds(query.UpdatedTo.AddTicks(TimeSpan.TicksPerSecond - 1).ToUnixTimeSeconds());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var at = page;
            var result = await RunAsync(shop, TikiClient.OrdersPath, idempotent: true,
                (token, ct) => client.GetOrdersAsync(token, at, OrderPageSize, NotAcceptedFilter, from, to, ct), cancellationToken);
            // Pages are newest first and move when an order is placed meanwhile: the same order may show up twice.
            foreach (var order in (result.Data ?? []).Where(o => !TikiStatuses.NotYetAccepted.Contains(o.Status) && seen.Add(o.Code)))
            {
                yield return mapper.Map<MarketplaceOrder>(new TikiOrderSource(shop, order));
            }

            if (result.Paging is not { } paging || paging.CurrentPage >= paging.LastPage || result.Data is not { Count: > 0 })
            {
                yield break;
            }
        }
    }

    public async Task<MarketplaceOrder?> GetOrderAsync(ShopRef shop, string externalOrderId, CancellationToken cancellationToken = default)
    {
        try
        {
            var order = await RunAsync(shop, TikiClient.OrderPath, idempotent: true, (token, ct) => client.GetOrderAsync(token, externalOrderId, ct), cancellationToken);
            return mapper.Map<MarketplaceOrder>(new TikiOrderSource(shop, order));
        }
        catch (MarketplaceNotFoundException)
        {
            return null;
        }
    }
}
