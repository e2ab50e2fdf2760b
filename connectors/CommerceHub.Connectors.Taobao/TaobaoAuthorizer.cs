using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.Taobao.Dtos;

namespace CommerceHub.Connectors.Taobao;

/// <summary>
/// Taobao's OAuth: consent link, code exchange and refresh (the coordinator serializes refreshes per shop, since the
/// refresh ends the old session at once). Lifetimes come from the answer (expires_in, re_expires_in).
/// </summary>
internal sealed class TaobaoAuthorizer(TaobaoClient client, MarketplaceCallRunner runner, TimeProvider clock) : IShopAuthorizer
{
    public Uri BuildAuthorizationUrl(Uri redirectUri, string? state = null) => client.AuthorizationUrl(redirectUri, state);

    /// <summary>The answer names the seller (taobao_user_id); a code of another seller is refused.</summary>
    public async Task<ShopToken> ExchangeCodeAsync(string shopId, string code, CancellationToken cancellationToken = default)
    {
        var shop = new ShopRef(Marketplace.Taobao, shopId);
        // A code is single-use: never repeat the exchange after an unclear failure (the seller authorizes again).
        var response = await runner.RunAsync(shop, AppCall(), ct => client.CreateTokenAsync(code, ct), cancellationToken);
        if (response.TaobaoUserId is { } seller && !string.Equals(seller, shopId, StringComparison.Ordinal))
        {
            throw new MarketplaceAuthException(
                new MarketplaceError(Marketplace.Taobao, null, "client.seller_mismatch", null, null),
                AuthFailure.Grant,
                $"The code was issued for Taobao seller {seller}, not {shopId}.");
        }

        return Token(shop, response);
    }

    public async Task<ShopToken> RefreshAsync(ShopToken current, CancellationToken cancellationToken = default)
    {
        var response = await runner.RunAsync(current.Shop, AppCall(), ct => client.RefreshTokenAsync(current.RefreshToken, ct), cancellationToken);
        return Token(current.Shop, response);
    }

    private MarketplaceCall AppCall() =>
        new(TaobaoClient.TokenApi, Idempotent: false, [new RateLimitRule($"Taobao:{client.Options.AppKey}:app", client.Options.AppPermitsPerSecond)]);

    private ShopToken Token(ShopRef shop, TokenResponse response)
    {
        var now = clock.GetUtcNow();
        return new ShopToken
        {
            Shop = shop,
            AccessToken = response.AccessToken,
            RefreshToken = response.RefreshToken,
            AccessExpiresAt = now + TimeSpan.FromSeconds(response.ExpiresIn),
            RefreshExpiresAt = response.ReExpiresIn > 0 ? now + TimeSpan.FromSeconds(response.ReExpiresIn) : null,
            IssuedAt = now,
        };
    }
}
