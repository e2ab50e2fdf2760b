using System.Globalization;
using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Tiki;

/// <summary>Tiki sells in VND only, as whole dong: anything else is refused before a call, so money never changes silently.</summary>
internal static class TikiPrices
{
    public const string Currency = "VND";

    public static long ToWire(Money price)
    {
        if (!string.Equals(price.Currency, Currency, StringComparison.OrdinalIgnoreCase) || price.Amount <= 0 || decimal.Truncate(price.Amount) != price.Amount)
        {
            throw TikiErrors.Client(
                "client.price_precision",
                string.Create(CultureInfo.InvariantCulture, $"Tiki needs whole VND amounts above 0; got {price.Amount} {price.Currency}."));
        }

        return (long)price.Amount;
    }

    public static Money FromWire(decimal amount) => new(amount, Currency);
}
