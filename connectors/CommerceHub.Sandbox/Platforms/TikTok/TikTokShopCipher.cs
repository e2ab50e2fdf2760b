using System.Security.Cryptography;
using System.Text;
using CommerceHub.Sandbox.Core.Accounts;

namespace CommerceHub.Sandbox.Platforms.TikTok;

/// <summary>
/// The opaque shop_cipher Get Authorized Shops hands out. It is derived from the shop id, so it stays the same across
/// restarts and a connector may keep it, as it would keep TikTok's.
/// </summary>
internal static class TikTokShopCipher
{
    public static string For(string shopId) =>
        "ROW_" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("tts-shop-cipher:" + shopId)))
            .Replace('+', 'A').Replace('/', 'B').TrimEnd('=')[..28];

    public static SandboxShop? Find(AppRegistry registry, string cipher) =>
        registry.Shops.FirstOrDefault(s => string.Equals(For(s.ShopId), cipher, StringComparison.Ordinal));
}
