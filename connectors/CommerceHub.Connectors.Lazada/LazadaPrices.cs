using System.Globalization;
using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Lazada;

/// <summary>
/// Lazada prices are decimal strings in the seller country's currency ("106.00"). VND and IDR carry no minor units;
/// THB, MYR, SGD and PHP carry two. Amounts that would be rounded, or in another currency, are refused before any call.
/// </summary>
internal static class LazadaPrices
{
    public static string ToWire(Money price, string shopCurrency)
    {
        if (!string.Equals(price.Currency, shopCurrency, StringComparison.OrdinalIgnoreCase))
        {
            throw LazadaErrors.Client("client.price_currency", $"This Lazada shop sells in {shopCurrency}; got a price in {price.Currency}.");
        }

        var decimals = Currencies.MinorUnits(price.Currency);
        if (price.Amount <= 0 || decimal.Round(price.Amount, decimals) != price.Amount)
        {
            throw LazadaErrors.Client(
                "client.price_precision",
                string.Create(CultureInfo.InvariantCulture, $"Lazada needs {price.Currency} prices above 0 with at most {decimals} decimals; got {price.Amount}."));
        }

        return price.Amount.ToString(decimals == 0 ? "0" : "0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>Money from a wire amount: rounded to the currency's minor units, so "300000.00" VND is 300000.</summary>
    public static Money FromWire(decimal amount, string currency) =>
        new(decimal.Round(amount, Currencies.MinorUnits(currency), MidpointRounding.AwayFromZero), currency.ToUpperInvariant());
}
