using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok.Dtos;

namespace CommerceHub.Connectors.TikTok;

/// <summary>TikTok sends and takes amounts as decimal strings; VND and IDR are whole numbers. Never through floating point.</summary>
internal static class TikTokPrices
{
    public static PriceDto ToWire(Money price)
    {
        if (price.Amount <= 0 || !price.FitsMinorUnits)
        {
            throw TikTokErrors.Client(
                "client.price_precision",
                string.Create(CultureInfo.InvariantCulture, $"TikTok Shop needs {price.Currency} prices above 0 with at most {Currencies.MinorUnits(price.Currency)} decimals; got {price.Amount}."));
        }

        return new PriceDto(price.Amount.ToString("0.############", CultureInfo.InvariantCulture), price.Currency);
    }

    public static decimal Parse(string? amount) =>
        decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : 0m;

    public static Money FromWire(string? amount, string currency) => new(Parse(amount), currency);
}
