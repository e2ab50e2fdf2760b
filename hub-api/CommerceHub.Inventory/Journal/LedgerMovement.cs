using System.Globalization;
using CommerceHub.Inventory.Ledger;

namespace CommerceHub.Inventory.Journal;

public enum MovementKind
{
    Receive,
    Adjust,
    Reserve,
    Commit,
    Release,
    Expire,
}

/// <summary>One SKU and warehouse of a movement: how on hand and reserved changed.</summary>
public sealed record MovementLine(string Sku, string Warehouse, long OnHandDelta, long ReservedDelta);

/// <summary>
/// One ledger movement as the scripts write it to the outbox. <see cref="Sequence"/> is per merchant, gap-free and
/// in the order Redis applied the movements, so a journal can apply them idempotently by (merchant, sequence).
/// </summary>
public sealed record LedgerMovement(
    Guid MerchantId,
    long Sequence,
    MovementKind Kind,
    string Reference,
    DateTimeOffset At,
    ReservationPurpose? Purpose,
    string? Channel,
    DateTimeOffset? ExpiresAt,
    IReadOnlyList<MovementLine> Lines)
{
    private static readonly string[] Kinds = ["RCV", "ADJ", "RES", "COM", "REL", "EXP"];

    internal static string KindCode(MovementKind kind) => Kinds[(int)kind];

    internal static string PurposeCode(ReservationPurpose purpose) => purpose switch
    {
        ReservationPurpose.Order => "O",
        ReservationPurpose.Channel => "H",
        ReservationPurpose.Campaign => "C",
        _ => "L",
    };

    internal static ReservationPurpose? ParsePurpose(string code) => code switch
    {
        "O" => ReservationPurpose.Order,
        "H" => ReservationPurpose.Channel,
        "C" => ReservationPurpose.Campaign,
        "L" => ReservationPurpose.Live,
        _ => null,
    };

    /// <summary>Parses <c>1|merchant|seq|kind|ref|atMs|purpose|channel|expiresMs|sku,wh,dOn,dRes;...</c>.</summary>
    public static LedgerMovement Parse(string record)
    {
        var parts = record.Split('|');
        if (parts.Length != 10 || parts[0] != "1")
        {
            throw new FormatException($"Unknown ledger record format: {record}");
        }

        var kind = Array.IndexOf(Kinds, parts[3]);
        if (kind < 0)
        {
            throw new FormatException($"Unknown movement kind '{parts[3]}'.");
        }

        var expires = long.Parse(parts[8], CultureInfo.InvariantCulture);
        var lines = parts[9].Length == 0
            ? []
            : parts[9].Split(';').Select(ParseLine).ToArray();
        return new LedgerMovement(
            Guid.ParseExact(parts[1], "N"),
            long.Parse(parts[2], CultureInfo.InvariantCulture),
            (MovementKind)kind,
            parts[4],
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[5], CultureInfo.InvariantCulture)),
            ParsePurpose(parts[6]),
            parts[7].Length == 0 ? null : parts[7],
            expires > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(expires) : null,
            lines);
    }

    private static MovementLine ParseLine(string line)
    {
        var f = line.Split(',');
        return new MovementLine(f[0], f[1],
            long.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3], CultureInfo.InvariantCulture));
    }
}
