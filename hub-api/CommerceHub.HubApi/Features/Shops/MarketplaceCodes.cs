using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.HubApi.Features.Shops;

/// <summary>The short lowercase codes the hub's API, channel codes and webhook paths use for each platform.</summary>
public static class MarketplaceCodes
{
    private static readonly Dictionary<Marketplace, string> Codes = new()
    {
        [Marketplace.Shopee] = "shopee", [Marketplace.Lazada] = "lazada", [Marketplace.Tiki] = "tiki",
        [Marketplace.TikTokShop] = "tiktok", [Marketplace.JD] = "jd", [Marketplace.Taobao] = "taobao", [Marketplace.Douyin] = "douyin",
    };

    private static readonly Dictionary<string, Marketplace> ByCode =
        Codes.ToDictionary(c => c.Value, c => c.Key, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> All => Codes.Values;

    public static string Code(this Marketplace marketplace) => Codes[marketplace];

    public static bool TryParse(string? code, out Marketplace marketplace) =>
        ByCode.TryGetValue(code ?? "", out marketplace);

    /// <summary>The platform for a route value, or a 404 naming the platforms the hub knows.</summary>
    public static Marketplace Parse(string code) =>
        TryParse(code, out var marketplace)
            ? marketplace
            : throw new Infrastructure.Errors.NotFoundException($"Unknown marketplace '{code}'; known: {string.Join(", ", All)}.");
}
