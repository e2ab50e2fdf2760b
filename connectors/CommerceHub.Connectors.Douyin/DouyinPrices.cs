using System.Globalization;
using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Douyin;

/// <summary>Douyin takes and gives amounts as whole fen (1/100 yuan) in CNY. Converted with decimal only.</summary>
internal static class DouyinPrices
{
    public const string Currency = "CNY";

    public static long ToFen(Money price)
    {
        if (price.Currency != Currency || price.Amount <= 0 || !price.FitsMinorUnits)
        {
            throw DouyinErrors.Client(
                "client.price",
                string.Create(CultureInfo.InvariantCulture, $"Douyin Shop prices are CNY above 0 with at most 2 decimals; got {price}."));
        }

        return decimal.ToInt64(price.Amount * 100m);
    }

    public static Money FromFen(long fen) => new(fen / 100m, Currency);
}
