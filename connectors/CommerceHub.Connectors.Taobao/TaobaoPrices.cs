using System.Globalization;
using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Taobao;

/// <summary>TOP prices are CNY yuan as decimal strings with at most two decimals ("128.50"); anything else is refused before any call.</summary>
internal static class TaobaoPrices
{
    public const string Currency = "CNY";

    public static string ToWire(Money price)
    {
        if (!string.Equals(price.Currency, Currency, StringComparison.OrdinalIgnoreCase))
        {
            throw TaobaoErrors.Client("client.price_currency", $"Taobao sells in CNY; got a price in {price.Currency}.");
        }

        if (price.Amount <= 0 || decimal.Round(price.Amount, 2) != price.Amount)
        {
            throw TaobaoErrors.Client("client.price_precision", string.Create(CultureInfo.InvariantCulture, $"Taobao needs CNY prices above 0 with at most 2 decimals (fen); got {price.Amount}."));
        }

        return price.Amount.ToString("0.00", CultureInfo.InvariantCulture);
    }

    public static Money FromWire(decimal yuan) => new(decimal.Round(yuan, 2, MidpointRounding.AwayFromZero), Currency);
}
