using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Shops;

/// <summary>
/// Consent links for connecting or re-authorizing a shop. The state parameter is the connection id protected with a
/// time-limited Data Protection protector, so a callback can only complete a connection this hub asked for.
/// </summary>
public sealed class ShopAuthorizationLinks(
    IServiceProvider services, IDataProtectionProvider protection, IOptions<ShopsOptions> options, TimeProvider clock)
{
    private readonly ITimeLimitedDataProtector _state =
        protection.CreateProtector("CommerceHub.ShopAuthorizationState.v1").ToTimeLimitedDataProtector();

    public bool IsConfigured(Marketplace marketplace) =>
        services.GetService<IServiceProviderIsKeyedService>()?.IsKeyedService(typeof(IShopAuthorizer), marketplace) == true;

    public Uri Build(ShopConnection shop)
    {
        if (!IsConfigured(shop.Marketplace))
        {
            return new Uri(options.Value.PublicBaseUrl, $"/api/shops/{shop.Id}");
        }

        var redirect = new Uri(options.Value.PublicBaseUrl, $"/api/shops/callback/{shop.Marketplace.Code()}");
        var state = _state.Protect(shop.Id.ToString("N"), clock.GetUtcNow() + options.Value.AuthorizationLinkLifetime);
        return services.GetRequiredService<ShopAuthorizationService>().BuildAuthorizationUrl(shop.Marketplace, redirect, state);
    }

    public bool TryReadState(string state, out Guid connectionId)
    {
        connectionId = Guid.Empty;
        try
        {
            return state.Length > 0 && Guid.TryParseExact(_state.Unprotect(state, out var expires), "N", out connectionId)
                && expires > clock.GetUtcNow();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }
}
