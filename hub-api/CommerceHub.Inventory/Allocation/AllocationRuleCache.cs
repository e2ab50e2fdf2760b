using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CommerceHub.Inventory.Allocation;

/// <summary>
/// Caches each merchant's rules briefly: they are read on every stock event but change rarely. The hub calls
/// <see cref="Invalidate"/> after editing rules; other nodes pick the change up when their entry expires.
/// </summary>
public sealed class AllocationRuleCache(IServiceScopeFactory scopes, TimeProvider time, IOptions<InventoryOptions> options)
{
    private readonly ConcurrentDictionary<Guid, (DateTimeOffset Until, IReadOnlyList<ChannelRule> Rules)> _entries = new();

    public async Task<IReadOnlyList<ChannelRule>> GetAsync(Guid merchantId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(merchantId, out var entry) && entry.Until > now)
        {
            return entry.Rules;
        }

        await using var scope = scopes.CreateAsyncScope();
        var rules = await scope.ServiceProvider.GetRequiredService<IAllocationRuleSource>().GetRulesAsync(merchantId, cancellationToken);
        _entries[merchantId] = (now + options.Value.AllocationRuleCacheTime, rules);
        return rules;
    }

    public void Invalidate(Guid merchantId) => _entries.TryRemove(merchantId, out _);
}
