using System.Runtime.CompilerServices;
using CommerceHub.Inventory.Allocation;
using CommerceHub.Inventory.Journal;
using CommerceHub.Inventory.Ledger;
using CommerceHub.Inventory.Rebuild;

namespace CommerceHub.Inventory.Tests.Support;

/// <summary>
/// A journal kept in memory with the semantics the hub's database journal must have: idempotent by
/// (merchant, sequence), balances as of a sequence, and a snapshot of balances and open reservations.
/// </summary>
public sealed class InMemoryLedger : ILedgerJournal, ILedgerSnapshotSource, IAllocationRuleSource
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, List<LedgerMovement>> _movements = [];

    public Dictionary<Guid, List<ChannelRule>> Rules { get; } = [];

    public int Appended { get; private set; }

    public Task AppendAsync(IReadOnlyList<LedgerMovement> movements, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var m in movements)
            {
                var list = _movements.TryGetValue(m.MerchantId, out var l) ? l : _movements[m.MerchantId] = [];
                if (list.Count == 0 || m.Sequence > list[^1].Sequence)
                {
                    list.Add(m);
                    Appended++;
                }
            }
        }

        return Task.CompletedTask;
    }

    public long LastSequence(Guid merchantId)
    {
        lock (_lock)
        {
            return _movements.TryGetValue(merchantId, out var l) && l.Count > 0 ? l[^1].Sequence : 0;
        }
    }

    public Task<IReadOnlyList<LedgerBalance>?> GetBalancesAtAsync(Guid merchantId, long sequence, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            IReadOnlyList<LedgerBalance>? result = LastSequence(merchantId) < sequence ? null : Balances(merchantId, sequence);
            return Task.FromResult(result);
        }
    }

    public async IAsyncEnumerable<LedgerSnapshot> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<LedgerSnapshot> snapshots;
        lock (_lock)
        {
            snapshots = [.. _movements.Keys.Select(m => new LedgerSnapshot(m, LastSequence(m), Balances(m, long.MaxValue), OpenReservations(m)))];
        }

        foreach (var snapshot in snapshots)
        {
            await Task.Yield();
            yield return snapshot;
        }
    }

    public Task<IReadOnlyList<ChannelRule>> GetRulesAsync(Guid merchantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChannelRule>>(Rules.TryGetValue(merchantId, out var rules) ? [.. rules] : []);

    private List<LedgerBalance> Balances(Guid merchantId, long upTo) =>
        [.. _movements.GetValueOrDefault(merchantId, []).Where(m => m.Sequence <= upTo)
            .SelectMany(m => m.Lines)
            .GroupBy(l => (l.Sku, l.Warehouse))
            .Select(g => new LedgerBalance(g.Key.Sku, g.Key.Warehouse, g.Sum(l => l.OnHandDelta), g.Sum(l => l.ReservedDelta)))];

    private List<OpenReservation> OpenReservations(Guid merchantId)
    {
        var open = new List<OpenReservation>();
        foreach (var group in _movements.GetValueOrDefault(merchantId, []).Where(m => m.Kind != MovementKind.Receive && m.Kind != MovementKind.Adjust)
                     .GroupBy(m => m.Reference))
        {
            var reserve = group.First(m => m.Kind == MovementKind.Reserve);
            var lines = reserve.Lines.Select(l => new OpenReservationLine(l.Sku, l.Warehouse, l.ReservedDelta,
                group.SelectMany(m => m.Lines).Where(x => x.Sku == l.Sku && x.Warehouse == l.Warehouse).Sum(x => x.ReservedDelta))).ToList();
            if (lines.Sum(l => l.Remaining) > 0)
            {
                open.Add(new OpenReservation(group.Key, reserve.Purpose ?? ReservationPurpose.Order, reserve.Channel, reserve.ExpiresAt, lines));
            }
        }

        return open;
    }
}
