using System.Security.Cryptography;
using System.Text;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Ledger;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>What the order import asks before reserving a line: does a running flash sale already hold these units?</summary>
public interface IFlashSaleStock
{
    /// <summary>
    /// When <paramref name="sku"/> is in a running flash sale of a live session on <paramref name="channel"/>, moves
    /// <paramref name="quantity"/> units out of the sale's reservation into a reservation of the order's own (atomically,
    /// so no other channel can take them in between) and returns that reservation's id, to commit or release like any
    /// order reservation. Null when no sale applies or the sale has fewer units left: reserve from the pool as usual.
    /// Repeating a call with the same order reference returns the same id without claiming again.
    /// </summary>
    Task<string?> TryClaimAsync(Guid merchantId, string channel, string sku, int quantity, string orderReference, CancellationToken ct);
}

public sealed class FlashSaleStock(LiveIndex index, StockLedger ledger, HubDbContext db, LiveStateReader reader,
    LiveNotifier notify, IConnectionMultiplexer redis, TimeProvider clock) : IFlashSaleStock
{
    // Outlives any sale (at most 20 minutes plus the countdown); only there to say the alert once.
    private static readonly TimeSpan SoldOutMarkLifetime = TimeSpan.FromHours(1);

    public async Task<string?> TryClaimAsync(Guid merchantId, string channel, string sku, int quantity, string orderReference, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderReference);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        var now = clock.GetUtcNow();
        var match = (await index.ListAsync(merchantId)).FirstOrDefault(s => s.Channels.Contains(channel)
            && s.Sale is { } sale && sale.StartsAt <= now && now < sale.EndsAt && sale.Skus.Contains(sku));
        if (match?.Sale is not { } active)
        {
            return null;
        }

        var target = ClaimId(active.SaleId, orderReference, sku);
        var result = await ledger.TransferAsync(new TransferRequest(merchantId, active.ReservationId, target, sku, quantity) { Channel = channel }, ct);
        if (!result.Success)
        {
            return null;
        }

        if (!result.Replayed)
        {
            await AnnounceAsync(merchantId, active.SaleId, sku, ct);
        }

        return target;
    }

    /// <summary>The same order, sale and SKU always give the same id (so a retried import claims once), within the ledger's id rules.</summary>
    public static string ClaimId(Guid saleId, string orderReference, string sku)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{orderReference}\n{sku}"));
        return $"fs-{saleId:N}-{Convert.ToHexStringLower(hash)[..24]}";
    }

    private async Task AnnounceAsync(Guid merchantId, Guid saleId, string sku, CancellationToken ct)
    {
        var sale = await db.Set<FlashSale>().IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(f => f.MerchantId == merchantId && f.Id == saleId, ct);
        if (sale is null)
        {
            return;
        }

        var state = await reader.SaleStateAsync(sale, ct);
        await notify.FlashSaleAsync(state);
        // Claims run at once on several workers and nodes, and more than one may see the last unit gone: one alert.
        if (state.Items.FirstOrDefault(i => i.Sku == sku) is { Remaining: 0 }
            && await redis.GetDatabase().StringSetAsync($"ch:live:sale-sold-out:{saleId:N}:{sku}", 1, SoldOutMarkLifetime, When.NotExists))
        {
            // The sale's units are gone; whether the product is gone too depends on what the pool still has.
            var available = (await ledger.GetAsync(merchantId, [sku], ct))[0].Available;
            await notify.AlertAsync(available > 0
                ? new LiveAlert(sale.SessionId, LiveAlertKind.FlashSaleSoldOut, sku, null,
                    $"Flash sale units of {sku} are sold out; {available} left at the regular price", clock.GetUtcNow())
                : new LiveAlert(sale.SessionId, LiveAlertKind.SoldOut, sku, null,
                    $"{sku} is sold out on every channel, flash sale included", clock.GetUtcNow()));
        }
    }
}
