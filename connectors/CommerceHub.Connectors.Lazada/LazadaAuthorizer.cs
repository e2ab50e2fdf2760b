using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Lazada.Dtos;
using CommerceHub.Connectors.Runtime;

namespace CommerceHub.Connectors.Lazada;

/// <summary>
/// Lazada's authorization: consent link, code exchange (code single-use, 30 minutes) and refresh (the coordinator
/// serializes refreshes per shop). Lifetimes come from the answer: test apps 7 d / 14 d, online apps 30 d / 180 d.
/// </summary>
internal sealed class LazadaAuthorizer(LazadaClient client, MarketplaceCallRunner runner, TimeProvider clock) : IShopAuthorizer
{
    public Uri BuildAuthorizationUrl(Uri redirectUri, string? state = null) => client.AuthorizationUrl(redirectUri, state);

    /// <summary>The redirect carries only the code; the seller it belongs to comes back in country_user_info.</summary>
    public async Task<ShopToken> ExchangeCodeAsync(string shopId, string code, CancellationToken cancellationToken = default)
    {
        var shop = new ShopRef(Marketplace.Lazada, shopId);
        // A code is single-use: never repeat the exchange after an unclear failure (the seller authorizes again).
        var response = await runner.RunAsync(shop, AppCall(LazadaClient.TokenCreatePath), ct => client.CreateTokenAsync(code, ct), cancellationToken);
        var seller = response.CountryUserInfo is { Count: > 0 } info ? info[0].SellerId : null;
        if (seller is not null && !string.Equals(seller, shopId, StringComparison.Ordinal))
        {
            throw new MarketplaceAuthException(
                new MarketplaceError(Marketplace.Lazada, null, "client.seller_mismatch", null, null),
                AuthFailure.Grant,
                $"The code was issued for Lazada seller {seller}, not {shopId}.");
        }

        return Token(shop, response);
    }

    public async Task<ShopToken> RefreshAsync(ShopToken current, CancellationToken cancellationToken = default)
    {
        var response = await runner.RunAsync(current.Shop, AppCall(LazadaClient.TokenRefreshPath), ct => client.RefreshTokenAsync(current.RefreshToken, ct), cancellationToken);
        return Token(current.Shop, response);
    }

    private MarketplaceCall AppCall(string path) =>
        new(path, Idempotent: false, [new RateLimitRule($"Lazada:{client.Options.AppKey}:app", client.Options.AppPermitsPerSecond)]);

    private ShopToken Token(ShopRef shop, TokenResponse response)
    {
        var now = clock.GetUtcNow();
        return new ShopToken
        {
            Shop = shop,
            AccessToken = response.AccessToken,
            RefreshToken = response.RefreshToken,
            AccessExpiresAt = now + TimeSpan.FromSeconds(response.ExpiresIn),
            RefreshExpiresAt = response.RefreshExpiresIn > 0 ? now + TimeSpan.FromSeconds(response.RefreshExpiresIn) : null,
            IssuedAt = now,
        };
    }
}
