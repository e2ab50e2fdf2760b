using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Jd.Dtos;
using CommerceHub.Connectors.Runtime;

namespace CommerceHub.Connectors.Jd;

/// <summary>
/// JD's OAuth: consent link, code exchange and refresh (the coordinator serializes refreshes per vender). The access
/// lifetime comes from expires_in; JD names no refresh-token lifetime, so none is stored.
/// </summary>
internal sealed class JdAuthorizer(JdClient client, MarketplaceCallRunner runner, TimeProvider clock) : IShopAuthorizer
{
    public Uri BuildAuthorizationUrl(Uri redirectUri, string? state = null) => client.AuthorizationUrl(redirectUri, state);

    /// <summary>The answer's uid names the vender; a code of another vender is refused.</summary>
    public async Task<ShopToken> ExchangeCodeAsync(string shopId, string code, CancellationToken cancellationToken = default)
    {
        var shop = new ShopRef(Marketplace.JD, shopId);
        // A code is single-use: never repeat the exchange after an unclear failure (the seller authorizes again).
        var response = await runner.RunAsync(shop, AppCall(JdConnectorAssumptions.TokenPath), ct => client.CreateTokenAsync(code, ct), cancellationToken);
        if (response.Uid is { Length: > 0 } uid && !string.Equals(uid, shopId, StringComparison.Ordinal))
        {
            throw new MarketplaceAuthException(
                new MarketplaceError(Marketplace.JD, null, "client.vender_mismatch", null, null),
                AuthFailure.Grant,
                $"The code was issued for JD vender {uid}, not {shopId}.");
        }

        return Token(shop, response);
    }

    public async Task<ShopToken> RefreshAsync(ShopToken current, CancellationToken cancellationToken = default)
    {
        var response = await runner.RunAsync(current.Shop, AppCall(JdConnectorAssumptions.RefreshPath), ct => client.RefreshTokenAsync(current.RefreshToken, ct), cancellationToken);
        return Token(current.Shop, response);
    }

    private MarketplaceCall AppCall(string path) =>
        new(path, Idempotent: false, [new RateLimitRule($"JD:{client.Options.AppKey}:app", client.Options.AppPermitsPerSecond)]);

    private ShopToken Token(ShopRef shop, TokenResponse response)
    {
        var now = clock.GetUtcNow();
        return new ShopToken
        {
            Shop = shop,
            AccessToken = response.AccessToken!, // checked by JdClient
            RefreshToken = response.RefreshToken!,
            AccessExpiresAt = now + TimeSpan.FromSeconds(response.ExpiresIn),
            IssuedAt = now,
        };
    }
}
