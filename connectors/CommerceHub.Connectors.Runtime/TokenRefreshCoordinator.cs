using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Runtime;

/// <summary>Outcome of <see cref="TokenRefreshCoordinator.RefreshDueAsync"/>.</summary>
public sealed record RefreshSummary(int Refreshed, int Skipped, int ReauthorizationRequired, int Failed);

/// <summary>
/// Hands out working access tokens and refreshes them, one refresher per shop across all nodes: the refresh runs
/// under the shop's Redis lock and re-reads the store first, so a single-use refresh token is never spent twice.
/// A refused refresh marks the shop "re-authorize" instead of being retried.
/// </summary>
public sealed class TokenRefreshCoordinator(
    IServiceProvider services,
    IShopTokenStore store,
    RedisLock locks,
    TimeProvider time,
    IOptions<ConnectorRuntimeOptions> options,
    ILogger<TokenRefreshCoordinator> logger)
{
    private readonly ConnectorRuntimeOptions settings = options.Value;

    /// <summary>The stored token, refreshed first when it is about to expire.</summary>
    public async Task<ShopToken> GetTokenAsync(ShopRef shop, CancellationToken cancellationToken = default)
    {
        var token = await RequireActiveAsync(shop, cancellationToken);
        return IsDue(token, settings.ExpirySkew) ? await RefreshAsync(shop, token.AccessToken, cancellationToken) : token;
    }

    /// <summary>
    /// Refreshes the pair whose access token is <paramref name="staleAccessToken"/>. If another caller already replaced
    /// it while this one waited for the lock, returns that newer pair without calling the platform.
    /// </summary>
    public async Task<ShopToken> RefreshAsync(ShopRef shop, string staleAccessToken, CancellationToken cancellationToken = default) =>
        (await RefreshCoreAsync(shop, staleAccessToken, settings.ExpirySkew, cancellationToken)).Token;

    /// <summary>
    /// Under the shop's lock: re-reads the store and calls the platform only if the pair is still the stale one
    /// (or, for the scheduled run where <paramref name="staleAccessToken"/> is null, still due within <paramref name="dueWithin"/>).
    /// </summary>
    private async Task<(ShopToken Token, bool Refreshed)> RefreshCoreAsync(ShopRef shop, string? staleAccessToken, TimeSpan dueWithin, CancellationToken cancellationToken)
    {
        await using var lease = await locks.TryAcquireAsync(RedisKeys.TokenLock(shop), settings.RefreshLockTtl, settings.RefreshLockWait, cancellationToken)
            ?? throw new MarketplaceUnavailableException(
                new MarketplaceError(shop.Marketplace, null, null, null, null), $"Token refresh of {shop} is held by another node for too long.");
        var current = await RequireActiveAsync(shop, cancellationToken);
        var replaced = staleAccessToken is not null && current.AccessToken != staleAccessToken;
        if ((replaced && !IsDue(current, settings.ExpirySkew)) || (staleAccessToken is null && !IsDue(current, dueWithin)))
        {
            Log.TokenRefreshedElsewhere(logger, shop.Marketplace, shop.ShopId);
            return (current, false);
        }

        try
        {
            var next = await services.GetRequiredKeyedService<IShopAuthorizer>(shop.Marketplace).RefreshAsync(current, cancellationToken);
            await store.SaveAsync(next, cancellationToken);
            Log.TokenRefreshed(logger, shop.Marketplace, shop.ShopId, next.AccessExpiresAt);
            return (next, true);
        }
        catch (MarketplaceAuthException ex) when (ex.ReauthorizationRequired)
        {
            await store.SaveAsync(current with { State = AuthorizationState.ReauthorizationRequired }, CancellationToken.None);
            Log.ReauthorizationRequired(logger, shop.Marketplace, shop.ShopId, ex.PlatformCode);
            throw;
        }
    }

    /// <summary>For the scheduled job: refreshes every active shop whose access token expires within <paramref name="window"/>.</summary>
    public async Task<RefreshSummary> RefreshDueAsync(TimeSpan window, CancellationToken cancellationToken = default)
    {
        var keyed = services.GetService<IServiceProviderIsKeyedService>();
        int refreshed = 0, skipped = 0, reauthorize = 0, failed = 0;
        foreach (var marketplace in Enum.GetValues<Marketplace>())
        {
            if (keyed?.IsKeyedService(typeof(IShopAuthorizer), marketplace) != true)
            {
                continue;
            }

            foreach (var shop in await store.ListDueAsync(marketplace, time.GetUtcNow() + window, cancellationToken))
            {
                try
                {
                    var (_, done) = await RefreshCoreAsync(shop, null, window, cancellationToken);
                    _ = done ? refreshed++ : skipped++;
                }
                catch (MarketplaceAuthException ex) when (ex.ReauthorizationRequired)
                {
                    reauthorize++;
                }
                catch (MarketplaceException ex)
                {
                    failed++;
                    Log.RefreshFailed(logger, shop.Marketplace, shop.ShopId, ex.PlatformCode, ex);
                }
            }
        }

        return new RefreshSummary(refreshed, skipped, reauthorize, failed);
    }

    private bool IsDue(ShopToken token, TimeSpan within) => token.AccessExpiresAt - time.GetUtcNow() <= within;

    private async Task<ShopToken> RequireActiveAsync(ShopRef shop, CancellationToken cancellationToken)
    {
        var token = await store.GetAsync(shop, cancellationToken);
        if (token is { State: AuthorizationState.Active })
        {
            return token;
        }

        throw new MarketplaceAuthException(
            new MarketplaceError(shop.Marketplace, null, null, null, null),
            AuthFailure.Grant,
            token is null ? $"Shop {shop} has not authorized the app." : $"Shop {shop} must authorize the app again.");
    }
}
