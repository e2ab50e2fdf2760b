using System.Text.RegularExpressions;

namespace CommerceHub.Inventory.Ledger;

/// <summary>
/// Checks caller input before it reaches a script. Codes are restricted because they become parts of hash fields and
/// of pipe-delimited ledger records; quantities are bounded so that no sum can overflow.
/// </summary>
public static partial class InventoryInput
{
    public const long MaxQuantity = 1_000_000_000;
    public const int MaxLines = 500;
    public static readonly TimeSpan MaxTimeToLive = TimeSpan.FromDays(30);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")]
    private static partial Regex IdPattern();

    public static bool IsCode(string? value) => value is not null && CodePattern().IsMatch(value);

    public static bool IsId(string? value) => value is not null && IdPattern().IsMatch(value);

    public static void Code(string? value, string name)
    {
        if (!IsCode(value))
        {
            throw new ArgumentException($"{name} '{value}' must be 1-64 letters, digits or . _ / - and start with a letter or digit.", name);
        }
    }

    public static void Id(string? value, string name)
    {
        if (!IsId(value))
        {
            throw new ArgumentException($"{name} '{value}' must be 1-100 letters, digits or . _ : - and start with a letter or digit.", name);
        }
    }

    public static void Quantity(long value, string name, bool allowZero = false, bool allowNegative = false)
    {
        var min = allowNegative ? -MaxQuantity : allowZero ? 0 : 1;
        if (value < min || value > MaxQuantity)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {MaxQuantity}.");
        }
    }

    public static void Lines<T>(IReadOnlyList<T>? lines, string name)
    {
        if (lines is null || lines.Count == 0 || lines.Count > MaxLines)
        {
            throw new ArgumentException($"{name} must hold 1 to {MaxLines} lines.", name);
        }
    }

    public static void TimeToLive(TimeSpan? ttl)
    {
        if (ttl is { } t && (t <= TimeSpan.Zero || t > MaxTimeToLive))
        {
            throw new ArgumentOutOfRangeException(nameof(ttl), ttl, $"The time to live must be positive and at most {MaxTimeToLive.TotalDays} days.");
        }
    }
}
