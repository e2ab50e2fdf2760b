namespace CommerceHub.Connectors.Abstractions;

/// <summary>Currency facts the connectors share: the currency of a region and how many decimals it uses in marketplace prices.</summary>
public static class Currencies
{
    // Marketplaces price VND and IDR in whole units (ISO lists IDR with 2 decimals, but no marketplace uses them).
    private static readonly HashSet<string> NoMinorUnits = new(StringComparer.OrdinalIgnoreCase) { "VND", "IDR", "JPY", "KRW", "CLP", "COP", "TWD", "HUF" };

    private static readonly Dictionary<string, string> ByRegion = new(StringComparer.OrdinalIgnoreCase)
    {
        ["VN"] = "VND", ["TH"] = "THB", ["MY"] = "MYR", ["SG"] = "SGD", ["PH"] = "PHP", ["ID"] = "IDR", ["TW"] = "TWD",
        ["BR"] = "BRL", ["MX"] = "MXN", ["PL"] = "PLN", ["ES"] = "EUR", ["AR"] = "ARS", ["CO"] = "COP", ["CL"] = "CLP",
        ["CN"] = "CNY", ["US"] = "USD", ["GB"] = "GBP",
    };

    /// <summary>Decimals used for prices in <paramref name="currency"/>: 0 for VND, IDR and the like, else 2.</summary>
    /// <param name="currency">ISO 4217 code.</param>
    /// <returns>The number of minor-unit digits.</returns>
    public static int MinorUnits(string currency) => NoMinorUnits.Contains(currency) ? 0 : 2;

    /// <summary>The currency of an ISO 3166 alpha-2 region, or null when the region is unknown.</summary>
    /// <param name="region">Two-letter region code.</param>
    /// <returns>ISO 4217 code or null.</returns>
    public static string? ForRegion(string region) => ByRegion.GetValueOrDefault(region);
}
