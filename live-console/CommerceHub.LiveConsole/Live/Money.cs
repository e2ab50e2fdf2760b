using System.Globalization;

namespace CommerceHub.LiveConsole.Live;

/// <summary>Amounts as the console shows them: grouped digits in the viewer's culture, then the ISO code.</summary>
public static class Money
{
    // Currencies whose prices carry no minor unit in practice.
    private static readonly HashSet<string> WholeUnits = new(StringComparer.OrdinalIgnoreCase) { "VND", "IDR", "KRW", "JPY", "KZT" };

    public static string Format(decimal amount, string currency, CultureInfo culture) =>
        $"{amount.ToString(WholeUnits.Contains(currency) ? "N0" : "N2", culture)} {currency}";

    public static string Clock(TimeSpan span)
    {
        var seconds = Math.Max(0, (long)Math.Ceiling(span.TotalSeconds));
        return $"{seconds / 60:00}:{seconds % 60:00}";
    }
}
