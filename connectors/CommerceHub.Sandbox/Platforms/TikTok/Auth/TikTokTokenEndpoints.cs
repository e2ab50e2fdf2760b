using System.Security.Cryptography;
using System.Text;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Tokens;
using Microsoft.AspNetCore.Mvc;

namespace CommerceHub.Sandbox.Platforms.TikTok.Auth;

/// <summary>
/// Get Access Token and Refresh Token, as on the auth host: GET with app_key and app_secret in the query, not signed.
/// The *_expire_in fields are absolute Unix times, not durations.
/// </summary>
internal static class TikTokTokenEndpoints
{
    private static readonly string[] Scopes = ["seller.authorization.info", "seller.product.basic", "seller.product.write", "seller.order.info", "seller.fulfillment.basic"];

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/v2/token/get", TokenGet);
        app.MapGet("/api/v2/token/refresh", TokenRefresh);
    }

    private static IResult TokenGet(
        [FromQuery(Name = "app_key")] string? appKey,
        [FromQuery(Name = "app_secret")] string? appSecret,
        [FromQuery(Name = "auth_code")] string? authCode,
        [FromQuery(Name = "grant_type")] string? grantType,
        AppRegistry registry,
        TokenStore tokens)
    {
        if (Authenticate(registry, appKey, appSecret) is not { } app)
        {
            return TikTokJson.Error(TikTokErrors.InvalidAppSecret);
        }

        if (grantType != "authorized_code" || string.IsNullOrEmpty(authCode))
        {
            return TikTokJson.Error(TikTokErrors.InvalidParameter("auth_code and grant_type=authorized_code are required"));
        }

        var grant = ShopOf(registry, tokens, "code", authCode) is { } shop ? tokens.Exchange(app.AppId, authCode, shop.ShopId) : null;
        return grant is null ? TikTokJson.Error(TikTokErrors.InvalidAuthCode) : TikTokJson.Ok(TokenData(grant, registry));
    }

    private static IResult TokenRefresh(
        [FromQuery(Name = "app_key")] string? appKey,
        [FromQuery(Name = "app_secret")] string? appSecret,
        [FromQuery(Name = "refresh_token")] string? refreshToken,
        [FromQuery(Name = "grant_type")] string? grantType,
        AppRegistry registry,
        TokenStore tokens)
    {
        if (Authenticate(registry, appKey, appSecret) is not { } app)
        {
            return TikTokJson.Error(TikTokErrors.InvalidAppSecret);
        }

        if (grantType != "refresh_token" || string.IsNullOrEmpty(refreshToken))
        {
            return TikTokJson.Error(TikTokErrors.InvalidParameter("refresh_token and grant_type=refresh_token are required"));
        }

        var grant = ShopOf(registry, tokens, "refresh", refreshToken) is { } shop ? tokens.Refresh(app.AppId, shop.ShopId, refreshToken) : null;
        return grant is null ? TikTokJson.Error(TikTokErrors.InvalidRefreshToken) : TikTokJson.Ok(TokenData(grant, registry));
    }

    private static SandboxApp? Authenticate(AppRegistry registry, string? appKey, string? appSecret) =>
        appKey is not null && appSecret is not null && registry.FindApp(appKey) is { } app
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(app.Secret), Encoding.UTF8.GetBytes(appSecret))
            ? app
            : null;

    // The token calls carry only the code or refresh token; the shop comes from whoever it was issued to.
    private static SandboxShop? ShopOf(AppRegistry registry, TokenStore tokens, string kind, string token) =>
        registry.Shops.FirstOrDefault(s => tokens.List(s.ShopId).Any(t => t.Kind == kind && t.Token == token));

    private static object TokenData(TokenGrant grant, AppRegistry registry)
    {
        var shop = registry.FindShop(grant.ShopId);
        return new
        {
            grant.AccessToken,
            AccessTokenExpireIn = grant.AccessExpiresAt.ToUnixTimeSeconds(),
            grant.RefreshToken,
            RefreshTokenExpireIn = grant.RefreshExpiresAt.ToUnixTimeSeconds(),
            OpenId = "open-" + grant.ShopId,
            SellerName = shop?.Name ?? "",
            SellerBaseRegion = shop?.Region ?? "",
            UserType = 0,
            GrantedScopes = Scopes,
        };
    }
}
