using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.Tiki.Dtos;

namespace CommerceHub.Connectors.Tiki;

/// <summary>
/// Tiki's OAuth 2.0: consent link, authorization-code exchange (code single-use) and refresh_token grant (refresh
/// token single-use, 30 days; refreshing ends the old access token at once; the coordinator serializes refreshes per shop).
/// </summary>
internal sealed class TikiAuthorizer(TikiClient client, MarketplaceCallRunner runner, TimeProvider clock) : IShopAuthorizer
{
    private static readonly TimeSpan RefreshLifetime = TimeSpan.FromDays(30);

    public Uri BuildAuthorizationUrl(Uri redirectUri, string? state = null) => client.AuthorizationUrl(redirectUri, state);

    public async Task<ShopToken> ExchangeCodeAsync(string shopId, string code, CancellationToken cancellationToken = default)
    {
        var shop = new ShopRef(Marketplace.Tiki, shopId);
        // A code is single-use: never repeat the exchange after an unclear failure (the seller authorizes again).
        var response = await runner.RunAsync(shop, AppCall(TikiClient.TokenPath), ct => client.ExchangeCodeAsync(code, client.Options.RedirectUri, ct), cancellationToken);
        return Token(shop, response, previous: null);
    }

    public async Task<ShopToken> RefreshAsync(ShopToken current, CancellationToken cancellationToken = default)
    {
        var response = await runner.RunAsync(current.Shop, AppCall(TikiClient.TokenPath), ct => client.RefreshTokenAsync(current.RefreshToken, ct), cancellationToken);
        return Token(current.Shop, response, current);
    }

    private MarketplaceCall AppCall(string path) =>
        new(path, Idempotent: false, [new RateLimitRule($"Tiki:{client.Options.ClientId}:app", client.Options.AppPermitsPerSecond)]);

    private ShopToken Token(ShopRef shop, TokenResponse response, ShopToken? previous)
    {
        var now = clock.GetUtcNow();
        return new ShopToken
        {
            Shop = shop,
            AccessToken = response.AccessToken,
            // RFC 6749 §6: the server may keep the old refresh token; Tiki issues a new one, but keep the old if it does not.
            RefreshToken = response.RefreshToken ?? previous?.RefreshToken ?? "",
            AccessExpiresAt = now + TimeSpan.FromSeconds(response.ExpiresIn),
            RefreshExpiresAt = response.RefreshToken is null ? previous?.RefreshExpiresAt : now + RefreshLifetime,
            IssuedAt = now,
        };
    }
}
