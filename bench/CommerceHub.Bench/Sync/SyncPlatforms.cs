namespace CommerceHub.Bench.Sync;

/// <summary>
/// A platform in the benchmark: its sandbox name, the hub's code, one VN shop of the sandbox's sample app, and the
/// limits the sandbox ships with in its appsettings.json (the platforms' published limits per app+shop).
/// <paramref name="VariantsAreItems"/>: the platform makes every variant a product of its own (Tiki), which the hub
/// keeps as the variant's id.
/// </summary>
internal sealed record SyncPlatform(string Sandbox, string Code, string AppId, string AppSecret, string ShopId, string Region,
    int PermitsPerSecond, IReadOnlyDictionary<string, int> PerApi, bool VariantsAreItems = false);

internal static class SyncPlatforms
{
    public static readonly IReadOnlyList<SyncPlatform> All =
    [
        new("Shopee", "shopee", "2001887", "sandbox-shopee-partner-key", "600001", "VN", 100, new Dictionary<string, int> { ["/api/v2/product/update_stock"] = 20 }),
        new("Lazada", "lazada", "500101", "sandbox-lazada-app-secret", "1000101", "VN", 100, new Dictionary<string, int> { ["/product/price_quantity/update"] = 50 }),
        new("TikTok", "tiktok", "6a1b2c3d4e5f6", "sandbox-tiktok-app-secret", "7494000000000000101", "VN", 50, new Dictionary<string, int>()),
        new("Tiki", "tiki", "sandbox-tiki-client", "sandbox-tiki-client-secret", "1000001", "VN", 100, new Dictionary<string, int>(), VariantsAreItems: true),
    ];
}
