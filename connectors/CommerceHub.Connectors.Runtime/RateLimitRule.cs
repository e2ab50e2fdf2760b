using System.Globalization;

namespace CommerceHub.Connectors.Runtime;

/// <summary>
/// One limit a call must pass: <paramref name="PermitsPerSecond"/> for everything sharing <paramref name="Scope"/>
/// (for example "Shopee:2001887:600001" per app and shop, plus the same with ":/api/v2/product/update_stock" per API).
/// A burst of 1 spaces calls evenly, which is what a platform counting fixed one-second windows tolerates.
/// </summary>
public sealed record RateLimitRule(string Scope, double PermitsPerSecond, int Burst = 1)
{
    public double IntervalMs => 1000d / PermitsPerSecond;

    /// <summary>The usual pair: the app+shop limit, and the API's own tighter limit when it has one.</summary>
    public static IReadOnlyList<RateLimitRule> For(
        string platform, string appId, string shopId, string api, double shopPerSecond, IReadOnlyDictionary<string, double> perApi)
    {
        var shopScope = string.Create(CultureInfo.InvariantCulture, $"{platform}:{appId}:{shopId}");
        return perApi.TryGetValue(api, out var apiPerSecond)
            ? [new RateLimitRule(shopScope, shopPerSecond), new RateLimitRule($"{shopScope}:{api}", apiPerSecond)]
            : [new RateLimitRule(shopScope, shopPerSecond)];
    }
}
