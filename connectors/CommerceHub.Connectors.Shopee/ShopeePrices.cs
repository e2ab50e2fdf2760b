using System.Globalization;
using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Shopee;

/// <summary>
/// Shopee sends prices as floats in the shop's currency. Only SG, MY, BR, MX, PL, ES and AR may use 2 decimals;
/// every other region (VN, ID, TH, TW, PH…) must send whole numbers. The rule follows the currency of the price.
/// </summary>
internal static class ShopeePrices
{
    private static readonly HashSet<string> TwoDecimals = new(StringComparer.OrdinalIgnoreCase) { "SGD", "MYR", "BRL", "MXN", "PLN", "EUR", "ARS" };

    public static int Decimals(string currency) => TwoDecimals.Contains(currency) ? 2 : 0;

    /// <summary>The wire amount; refuses amounts Shopee would reject or round, so money never changes silently.</summary>
    public static decimal ToWire(Money price)
    {
        var decimals = Decimals(price.Currency);
        if (price.Amount <= 0 || decimal.Round(price.Amount, decimals) != price.Amount)
        {
            throw ShopeeErrors.Client(
                "client.price_precision",
                string.Create(CultureInfo.InvariantCulture, $"Shopee needs {price.Currency} prices above 0 with at most {decimals} decimals; got {price.Amount}."));
        }

        return price.Amount;
    }
}
