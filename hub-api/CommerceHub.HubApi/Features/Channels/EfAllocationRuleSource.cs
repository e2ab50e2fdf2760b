using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Allocation;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Channels;

/// <summary>
/// A merchant's channels and rules as the allocator reads them. A channel without a default rule shows all available
/// stock. Runs from background work for any merchant, so it filters by merchant itself.
/// </summary>
public sealed class EfAllocationRuleSource(HubDbContext db) : IAllocationRuleSource
{
    public async Task<IReadOnlyList<ChannelRule>> GetRulesAsync(Guid merchantId, CancellationToken cancellationToken)
    {
        var channels = await db.Set<SalesChannel>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.MerchantId == merchantId).ToListAsync(cancellationToken);
        var rules = await db.Set<AllocationRule>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.MerchantId == merchantId).ToListAsync(cancellationToken);
        var result = new List<ChannelRule>();
        foreach (var channel in channels)
        {
            var own = rules.Where(r => r.ChannelCode == channel.Code).ToList();
            if (!own.Any(r => r.Sku is null))
            {
                result.Add(new ChannelRule(channel.Code, null, 0, null, 100, channel.Enabled));
            }

            result.AddRange(own.Select(r => new ChannelRule(channel.Code, r.Sku, r.BufferQuantity, r.MaxQuantity, r.Percent, channel.Enabled)));
        }

        return result;
    }
}
