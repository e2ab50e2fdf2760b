using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin.Dtos;
using CommerceHub.Connectors.Runtime;

namespace CommerceHub.Connectors.Douyin;

/// <summary>
/// token.create with the seller's code (single-use, 10 minutes) and token.refresh (single-use refresh token; the
/// coordinator serializes refreshes per shop). expires_in is a duration. The answer names the shop, which must be the
/// one the redirect said.
/// </summary>
internal sealed class DouyinAuthorizer(DouyinClient client, MarketplaceCallRunner runner, TimeProvider clock) : IShopAuthorizer
{
    public Uri BuildAuthorizationUrl(Uri redirectUri, string? state = null) => client.AuthorizationUrl(redirectUri, state);

    public async Task<ShopToken> ExchangeCodeAsync(string shopId, string code, CancellationToken cancellationToken = default)
    {
        var shop = new ShopRef(Marketplace.Douyin, shopId);
        // A code is single-use: never repeat the exchange after an unclear failure (the seller authorizes again).
        var data = await runner.RunAsync(shop, AppCall(DouyinClient.TokenCreate), ct => client.CreateTokenAsync(code, ct), cancellationToken);
        if (data.ShopId.ToString(CultureInfo.InvariantCulture) != shopId)
        {
            throw new MarketplaceAuthException(
                new MarketplaceError(Marketplace.Douyin, 200, null, null, null),
                AuthFailure.Grant,
                $"The Douyin Shop grant is for shop {data.ShopId}, not {shopId}; the seller must authorize that shop.");
        }

        return Token(shop, data);
    }

    public async Task<ShopToken> RefreshAsync(ShopToken current, CancellationToken cancellationToken = default)
    {
        var data = await runner.RunAsync(current.Shop, AppCall(DouyinClient.TokenRefresh), ct => client.RefreshTokenAsync(current.RefreshToken, ct), cancellationToken);
        return Token(current.Shop, data);
    }

    private MarketplaceCall AppCall(string method) => new(method, Idempotent: false, DouyinLimits.App(client.Options));

    private ShopToken Token(ShopRef shop, TokenData data)
    {
        var now = clock.GetUtcNow();
        return new ShopToken
        {
            Shop = shop,
            AccessToken = data.AccessToken,
            RefreshToken = data.RefreshToken,
            AccessExpiresAt = now.AddSeconds(data.ExpiresIn),
            IssuedAt = now,
        };
    }
}
