using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.TikTok.Dtos;

namespace CommerceHub.Connectors.TikTok;

/// <summary>
/// TikTok's authorization: consent link, code exchange (code 30 minutes, single-use), refresh (refresh token
/// single-use; the coordinator serializes refreshes per shop). Expiry times come back absolute. After the exchange
/// Get Authorized Shops confirms the shop and hands out its shop_cipher.
/// </summary>
internal sealed class TikTokAuthorizer(TikTokClient client, MarketplaceCallRunner runner, TikTokShopCiphers ciphers, TimeProvider clock) : IShopAuthorizer
{
    public Uri BuildAuthorizationUrl(Uri redirectUri, string? state = null) => client.AuthorizationUrl(redirectUri, state);

    public async Task<ShopToken> ExchangeCodeAsync(string shopId, string code, CancellationToken cancellationToken = default)
    {
        var shop = new ShopRef(Marketplace.TikTokShop, shopId);
        // A code is single-use: never repeat the exchange after an unclear failure (the seller authorizes again).
        var data = await runner.RunAsync(shop, AppCall(TikTokClient.TokenGetPath), ct => client.GetTokenAsync(code, ct), cancellationToken);
        var shops = await runner.RunAsync(
            shop,
            new MarketplaceCall(TikTokClient.AuthorizedShopsPath, Idempotent: true, TikTokLimits.For(client.Options, shopId, TikTokClient.AuthorizedShopsPath)),
            ct => client.GetAuthorizedShopsAsync(data.AccessToken, ct),
            cancellationToken);
        ciphers.Remember(shops);
        if (!ciphers.TryGet(shopId, out _))
        {
            throw new MarketplaceAuthException(
                new MarketplaceError(Marketplace.TikTokShop, 200, null, null, null),
                AuthFailure.Grant,
                $"The TikTok Shop grant does not cover shop {shopId}; the seller must authorize that shop.");
        }

        return Token(shop, data);
    }

    public async Task<ShopToken> RefreshAsync(ShopToken current, CancellationToken cancellationToken = default)
    {
        var data = await runner.RunAsync(current.Shop, AppCall(TikTokClient.TokenRefreshPath), ct => client.RefreshTokenAsync(current.RefreshToken, ct), cancellationToken);
        return Token(current.Shop, data);
    }

    private MarketplaceCall AppCall(string path) => new(path, Idempotent: false, TikTokLimits.App(client.Options));

    private ShopToken Token(ShopRef shop, TokenData data) => new()
    {
        Shop = shop,
        AccessToken = data.AccessToken,
        RefreshToken = data.RefreshToken,
        AccessExpiresAt = DateTimeOffset.FromUnixTimeSeconds(data.AccessTokenExpireIn),
        RefreshExpiresAt = DateTimeOffset.FromUnixTimeSeconds(data.RefreshTokenExpireIn),
        IssuedAt = clock.GetUtcNow(),
    };
}
