using CommerceHub.Connectors.Runtime;

namespace CommerceHub.Connectors.Douyin;

/// <summary>Per app+shop, plus a method's own limit when configured; the token calls share one app-wide cell.</summary>
internal static class DouyinLimits
{
    public const string Platform = "Douyin";

    public static IReadOnlyList<RateLimitRule> For(DouyinOptions options, string shopId, string method) =>
        RateLimitRule.For(Platform, options.AppKey, shopId, method, options.ShopPermitsPerSecond, options.PerMethod);

    public static IReadOnlyList<RateLimitRule> App(DouyinOptions options) =>
        [new RateLimitRule($"{Platform}:{options.AppKey}:app", options.AppPermitsPerSecond)];
}
