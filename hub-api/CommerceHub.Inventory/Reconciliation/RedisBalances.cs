using System.Globalization;
using StackExchange.Redis;

namespace CommerceHub.Inventory.Reconciliation;

/// <summary>A merchant's stock hash read back into balances, totals and its sequence number.</summary>
internal sealed record RedisBalances(
    long Sequence,
    Dictionary<(string Sku, string Warehouse), (long OnHand, long Reserved)> Balances,
    Dictionary<string, (long OnHand, long Reserved)> Totals)
{
    public static RedisBalances Parse(HashEntry[] entries)
    {
        long sequence = 0;
        var balances = new Dictionary<(string, string), (long, long)>();
        var totals = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var field = (string)entry.Name!;
            if (field == RedisKeys.Fields.Sequence)
            {
                sequence = (long)entry.Value;
                continue;
            }

            var parts = field.Split('|');
            if (parts.Length != 3 || parts[2] is not ("on" or "res"))
            {
                continue;
            }

            var value = long.Parse((string)entry.Value!, CultureInfo.InvariantCulture);
            if (parts[1] == "*")
            {
                totals[parts[0]] = Set(totals.GetValueOrDefault(parts[0]), parts[2], value);
            }
            else
            {
                balances[(parts[0], parts[1])] = Set(balances.GetValueOrDefault((parts[0], parts[1])), parts[2], value);
            }
        }

        return new RedisBalances(sequence, balances, totals);
    }

    private static (long, long) Set((long On, long Res) current, string kind, long value) =>
        kind == "on" ? (value, current.Res) : (current.On, value);
}
