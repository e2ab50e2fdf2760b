namespace CommerceHub.Connectors.Abstractions;

/// <summary>Whether the hub can still act for a shop.</summary>
public enum AuthorizationState
{
    /// <summary>Tokens work or can be refreshed.</summary>
    Active,

    /// <summary>The platform refused the refresh token or the grant was revoked: the seller must authorize again.</summary>
    ReauthorizationRequired,
}

/// <summary>A shop's token pair. Persisted by <see cref="IShopTokenStore"/>; never logged.</summary>
public sealed record ShopToken
{
    /// <summary>The shop.</summary>
    public required ShopRef Shop { get; init; }

    /// <summary>Access token for API calls.</summary>
    public required string AccessToken { get; init; }

    /// <summary>Refresh token (single-use on Shopee: the pair must be stored after every refresh).</summary>
    public required string RefreshToken { get; init; }

    /// <summary>When the access token stops working.</summary>
    public required DateTimeOffset AccessExpiresAt { get; init; }

    /// <summary>When the refresh token stops working, if the platform says.</summary>
    public DateTimeOffset? RefreshExpiresAt { get; init; }

    /// <summary>Active, or waiting for the seller to authorize again.</summary>
    public AuthorizationState State { get; init; } = AuthorizationState.Active;

    /// <summary>When this pair was obtained.</summary>
    public required DateTimeOffset IssuedAt { get; init; }
}

/// <summary>Per-shop token storage. The hub implements it with EF and Data Protection; it is shared by every hub node.</summary>
public interface IShopTokenStore
{
    /// <summary>Reads a shop's tokens.</summary>
    /// <param name="shop">The shop.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or null when the shop never authorized.</returns>
    Task<ShopToken?> GetAsync(ShopRef shop, CancellationToken cancellationToken = default);

    /// <summary>Stores a shop's tokens, replacing the previous pair.</summary>
    /// <param name="token">The new pair.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when stored durably.</returns>
    Task SaveAsync(ShopToken token, CancellationToken cancellationToken = default);

    /// <summary>Active shops of a marketplace whose access token expires before <paramref name="before"/>.</summary>
    /// <param name="marketplace">The platform.</param>
    /// <param name="before">Expiry bound.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The shops due for a refresh.</returns>
    Task<IReadOnlyList<ShopRef>> ListDueAsync(Marketplace marketplace, DateTimeOffset before, CancellationToken cancellationToken = default);
}

/// <summary>A platform's OAuth-style shop authorization: the link the seller opens, the code exchange and the refresh.</summary>
public interface IShopAuthorizer
{
    /// <summary>The authorization link for the seller, valid for a few minutes (sign it right before showing it).</summary>
    /// <param name="redirectUri">Where the platform sends the seller back, with the code.</param>
    /// <param name="state">Opaque value echoed back in the redirect, when the platform supports it.</param>
    /// <returns>The link.</returns>
    Uri BuildAuthorizationUrl(Uri redirectUri, string? state = null);

    /// <summary>Trades the code from the redirect for a token pair.</summary>
    /// <param name="shopId">The shop id from the redirect.</param>
    /// <param name="code">The single-use code from the redirect.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new pair (not yet stored).</returns>
    Task<ShopToken> ExchangeCodeAsync(string shopId, string code, CancellationToken cancellationToken = default);

    /// <summary>Trades the refresh token for a new pair. Callers hold the shop's refresh lock.</summary>
    /// <param name="current">The stored pair.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new pair (not yet stored).</returns>
    Task<ShopToken> RefreshAsync(ShopToken current, CancellationToken cancellationToken = default);
}
