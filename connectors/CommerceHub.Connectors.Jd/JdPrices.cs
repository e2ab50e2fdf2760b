using System.Globalization;
using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Jd;

/// <summary>JD prices (jdPrice) are CNY yuan as decimal strings with at most two decimals ("128.50"); anything else is refused before any call.</summary>
internal static class JdPrices
{
    public const string Currency = "CNY";

    public static string ToWire(Money price)
    {
        if (!string.Equals(price.Currency, Currency, StringComparison.OrdinalIgnoreCase))
        {
            throw JdErrors.Client("client.price_currency", $"JD sells in CNY; got a price in {price.Currency}.");
        }

        if (price.Amount <= 0 || decimal.Round(price.Amount, 2) != price.Amount)
        {
            throw JdErrors.Client("client.price_precision", string.Create(CultureInfo.InvariantCulture, $"JD needs CNY prices above 0 with at most 2 decimals (fen); got {price.Amount}."));
        }

        return price.Amount.ToString("0.00", CultureInfo.InvariantCulture);
    }

    public static Money FromWire(decimal yuan) => new(decimal.Round(yuan, 2, MidpointRounding.AwayFromZero), Currency);
}
