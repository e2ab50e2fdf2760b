namespace CommerceHub.HubApi.Features.Listings;

/// <summary>The shop price of a catalog price: converted from CNY, marked up, rounded up to the market's step. Decimal only.</summary>
public static class ListingPricing
{
    /// <param name="priceCny">The catalog price in yuan.</param>
    /// <param name="cnyPerUnit">The operator's rate: yuan per unit of the shop's currency (1 for CNY).</param>
    /// <param name="markupPercent">Markup in percent.</param>
    /// <param name="roundTo">The market's price step (1000 for VND); rounding is upwards so a markup is never eaten.</param>
    public static decimal ShopPrice(decimal priceCny, decimal cnyPerUnit, decimal markupPercent, decimal roundTo)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cnyPerUnit);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(roundTo);
        var raw = priceCny / cnyPerUnit * (1 + (markupPercent / 100));
        return Math.Ceiling(raw / roundTo) * roundTo;
    }
}
