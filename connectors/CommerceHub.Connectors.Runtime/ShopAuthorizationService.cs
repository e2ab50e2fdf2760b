using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommerceHub.Connectors.Runtime;

/// <summary>The two ends of a seller's authorization: the link to open, and the callback that stores the first token pair.</summary>
public sealed class ShopAuthorizationService(IServiceProvider services, IShopTokenStore store, ILogger<ShopAuthorizationService> logger)
{
    public Uri BuildAuthorizationUrl(Marketplace marketplace, Uri redirectUri, string? state = null) =>
        services.GetRequiredKeyedService<IShopAuthorizer>(marketplace).BuildAuthorizationUrl(redirectUri, state);

    /// <summary>Exchanges the callback's code and stores the pair; also how a shop in "re-authorize" state becomes active again.</summary>
    public async Task<ShopToken> CompleteAsync(Marketplace marketplace, string shopId, string code, CancellationToken cancellationToken = default)
    {
        var token = await services.GetRequiredKeyedService<IShopAuthorizer>(marketplace).ExchangeCodeAsync(shopId, code, cancellationToken);
        await store.SaveAsync(token, cancellationToken);
        Log.ShopAuthorized(logger, marketplace, shopId, token.AccessExpiresAt);
        return token;
    }
}
