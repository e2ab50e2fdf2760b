using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.Connectors.Shopee.Dtos;

namespace CommerceHub.Connectors.Shopee;

/// <summary>
/// Shopee's authorization: signed auth_partner link, code exchange (code valid 10 minutes, single-use) and refresh
/// (refresh token valid 30 days, single-use; the coordinator serializes refreshes per shop).
/// </summary>
internal sealed class ShopeeAuthorizer(ShopeeClient client, MarketplaceCallRunner runner, TimeProvider clock) : IShopAuthorizer
{
    private static readonly TimeSpan RefreshLifetime = TimeSpan.FromDays(30);

    /// <summary>Shopee has no state parameter; it keeps the redirect's own query, so state travels there.</summary>
    public Uri BuildAuthorizationUrl(Uri redirectUri, string? state = null)
    {
        var redirect = state is null
            ? redirectUri
            : new UriBuilder(redirectUri) { Query = AppendQuery(redirectUri.Query, "state=" + Uri.EscapeDataString(state)) }.Uri;
        return client.AuthorizationUrl(redirect);
    }

    public async Task<ShopToken> ExchangeCodeAsync(string shopId, string code, CancellationToken cancellationToken = default)
    {
        var shop = new ShopRef(Marketplace.Shopee, shopId);
        var id = long.Parse(shopId, NumberStyles.None, CultureInfo.InvariantCulture);
        // A code is single-use: never repeat the exchange after an unclear failure (the seller authorizes again).
        var response = await runner.RunAsync(shop, AppCall(ShopeeClient.TokenGetPath), ct => client.GetTokenAsync(code, id, ct), cancellationToken);
        return Token(shop, response);
    }

    public async Task<ShopToken> RefreshAsync(ShopToken current, CancellationToken cancellationToken = default)
    {
        var id = long.Parse(current.Shop.ShopId, NumberStyles.None, CultureInfo.InvariantCulture);
        var response = await runner.RunAsync(current.Shop, AppCall(ShopeeClient.RefreshPath), ct => client.RefreshTokenAsync(current.RefreshToken, id, ct), cancellationToken);
        return Token(current.Shop, response);
    }

    private MarketplaceCall AppCall(string path) =>
        new(path, Idempotent: false, [new RateLimitRule($"Shopee:{client.Options.PartnerId.ToString(CultureInfo.InvariantCulture)}:app", client.Options.AppPermitsPerSecond)]);

    private ShopToken Token(ShopRef shop, TokenResponse response)
    {
        var now = clock.GetUtcNow();
        return new ShopToken
        {
            Shop = shop,
            AccessToken = response.AccessToken,
            RefreshToken = response.RefreshToken,
            AccessExpiresAt = now + TimeSpan.FromSeconds(response.ExpireIn),
            RefreshExpiresAt = now + RefreshLifetime,
            IssuedAt = now,
        };
    }

    private static string AppendQuery(string query, string pair) => query.Length > 1 ? query.TrimStart('?') + "&" + pair : pair;
}
