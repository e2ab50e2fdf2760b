using CommerceHub.Inventory.Ledger;

namespace CommerceHub.HubApi.Features.Campaigns;

/// <summary>What the order import asks before reserving from the pool: does a platform campaign already hold these units?</summary>
public interface ICampaignStock
{
    /// <summary>
    /// When a campaign lock on <paramref name="channel"/> that the platform counts in its quantity holds <paramref name="quantity"/> units of
    /// <paramref name="sku"/>, moves them out of the lock's reservation into one of the order's own (atomically, so the
    /// pool is not touched) and returns its id, to commit or release like any order reservation. Null when no lock
    /// applies or none holds enough: reserve from the pool as usual. Repeating a call for the same order returns the same id.
    /// </summary>
    Task<string?> TryClaimAsync(Guid merchantId, string channel, string sku, long quantity, string orderReference, CancellationToken ct);
}

public sealed class CampaignStock(CampaignLocks locks, StockLedger ledger) : ICampaignStock
{
    public async Task<string?> TryClaimAsync(Guid merchantId, string channel, string sku, long quantity, string orderReference, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderReference);
        // Only where the platform counts the lock in the quantity (Lazada) does every sale draw on the locked units. Where it
        // moved them out (Shopee) an order is reserved from the pool, and when the campaign's reserved stock shrinks because
        // it sold, the lock sync gives those units back: the two together leave the pool right.
        foreach (var tranche in (await locks.OpenAsync(merchantId, channel, ct)).Where(l => l.Sku == sku && l.CountedInStock))
        {
            var target = CampaignLocks.ClaimId(tranche.Id, orderReference, sku);
            var result = await ledger.TransferAsync(new TransferRequest(merchantId, tranche.ReservationId, target, sku, quantity) { Channel = channel }, ct);
            if (result.Success)
            {
                return target;
            }
        }

        return null;
    }
}
