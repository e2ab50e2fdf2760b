using System.Collections.Concurrent;
using CommerceHub.Connectors.TikTok.Dtos;

namespace CommerceHub.Connectors.TikTok;

/// <summary>
/// shop_cipher per shop id, as Get Authorized Shops hands them out. A cipher is stable for a shop, so each node
/// keeps what it learned; a node that does not know a shop yet asks once.
/// </summary>
internal sealed class TikTokShopCiphers
{
    private readonly ConcurrentDictionary<string, string> byShop = new(StringComparer.Ordinal);

    public bool TryGet(string shopId, out string cipher) => byShop.TryGetValue(shopId, out cipher!);

    public void Remember(AuthorizedShopsData data)
    {
        foreach (var shop in data.Shops ?? [])
        {
            byShop[shop.Id] = shop.Cipher;
        }
    }
}
