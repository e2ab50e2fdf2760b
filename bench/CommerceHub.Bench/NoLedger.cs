using System.Runtime.CompilerServices;
using CommerceHub.Inventory.Allocation;
using CommerceHub.Inventory.Journal;
using CommerceHub.Inventory.Rebuild;

namespace CommerceHub.Bench;

/// <summary>An empty durable side: the benchmark measures the Redis path, and the drainer is not running.</summary>
internal sealed class NoLedger : ILedgerJournal, ILedgerSnapshotSource, IAllocationRuleSource
{
    public Task AppendAsync(IReadOnlyList<LedgerMovement> movements, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<LedgerBalance>?> GetBalancesAtAsync(Guid merchantId, long sequence, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LedgerBalance>?>([]);

    public async IAsyncEnumerable<LedgerSnapshot> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield break;
    }

    public Task<IReadOnlyList<ChannelRule>> GetRulesAsync(Guid merchantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChannelRule>>([]);
}
