using System.Globalization;
using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Runtime;

/// <summary>
/// The numeric shop and item ids most platforms use. Connectors check them before a call leaves, so a hub bug shows
/// as an argument error naming the platform instead of as the platform's refusal.
/// </summary>
public static class PlatformIds
{
    /// <summary>Throws unless <paramref name="shop"/> belongs to <paramref name="marketplace"/> and has a numeric id.</summary>
    /// <param name="shop">The shop a call is for.</param>
    /// <param name="marketplace">The connector's platform.</param>
    /// <param name="noun">What the platform calls a shop, for the message ("a Shopee shop", "a JD vender").</param>
    public static void RequireNumericShop(ShopRef shop, Marketplace marketplace, string noun)
    {
        if (shop.Marketplace != marketplace || !IsNumeric(shop.ShopId))
        {
            throw new ArgumentException($"{shop} is not {noun}.", nameof(shop));
        }
    }

    /// <summary>Reads a platform id the hub stored as text.</summary>
    /// <param name="value">The stored id.</param>
    /// <param name="platform">The platform's name, for the message.</param>
    /// <param name="paramName">The caller's parameter, for the exception.</param>
    public static long Parse(string value, string platform, string paramName) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException($"'{value}' is not a {platform} id.", paramName);

    /// <summary>An id as the hub stores it.</summary>
    public static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static bool IsNumeric(string value) => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
