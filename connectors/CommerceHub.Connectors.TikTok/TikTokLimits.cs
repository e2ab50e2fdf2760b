using CommerceHub.Connectors.Runtime;

namespace CommerceHub.Connectors.TikTok;

/// <summary>TikTok counts calls per API per app+shop: every call gets that cell, plus a loose cell for the whole shop.</summary>
internal static class TikTokLimits
{
    public const string Platform = "TikTokShop";

    public static IReadOnlyList<RateLimitRule> For(TikTokOptions options, string shopId, string api)
    {
        var shopScope = $"{Platform}:{options.AppKey}:{shopId}";
        var perApi = options.ApiOverrides.TryGetValue(api, out var own) ? own : options.ApiPermitsPerSecond;
        return [new RateLimitRule(shopScope, options.ShopPermitsPerSecond), new RateLimitRule($"{shopScope}:{api}", perApi)];
    }

    public static IReadOnlyList<RateLimitRule> App(TikTokOptions options) =>
        [new RateLimitRule($"{Platform}:{options.AppKey}:app", options.AppPermitsPerSecond)];
}
