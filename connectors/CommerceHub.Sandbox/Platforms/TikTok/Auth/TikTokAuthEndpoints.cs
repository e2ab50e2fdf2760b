using System.Net;
using System.Text;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Tokens;
using Microsoft.AspNetCore.Mvc;

namespace CommerceHub.Sandbox.Platforms.TikTok.Auth;

/// <summary>
/// The legacy consent link (/oauth/authorize?app_key&amp;state), the token calls under /api/v2/token (GET with the app
/// secret in the query, not signed) and Get Authorized Shops, which hands out each shop's cipher.
/// </summary>
internal static class TikTokAuthEndpoints
{
    public const string GrantPath = "/__admin/tiktok/grant";

    public static void Map(WebApplication app, RouteGroupBuilder sellerApi)
    {
        app.MapGet("/oauth/authorize", Authorize);
        app.MapGet(GrantPath, Grant);
        TikTokTokenEndpoints.Map(app);
        sellerApi.MapGet("/authorization/202309/shops", AuthorizedShops);
    }

    /// <summary>
    /// TikTok redirects to the redirect URL registered for the app; the sandbox takes it as redirect_uri instead.
    /// Sandbox extension: shop_id picks the shop at once and redirects.
    /// </summary>
    private static IResult Authorize(
        [FromQuery(Name = "app_key")] string? appKey,
        [FromQuery(Name = "redirect_uri")] string? redirectUri,
        [FromQuery(Name = "shop_id")] string? shopId,
        string? state,
        AppRegistry registry,
        TokenStore tokens)
    {
        if (appKey is null || registry.FindApp(appKey) is null || string.IsNullOrEmpty(redirectUri))
        {
            return Results.BadRequest("A known app_key and redirect_uri are required.");
        }

        if (shopId is not null)
        {
            return Redirect(appKey, shopId, redirectUri, state, registry, tokens);
        }

        var page = new StringBuilder("<!doctype html><html><head><title>TikTok Shop sandbox authorization</title></head><body>");
        page.Append("<h1>Authorize app ").Append(WebUtility.HtmlEncode(appKey)).Append("</h1><ul>");
        foreach (var shop in registry.Shops)
        {
            var link = $"{GrantPath}?app_key={Uri.EscapeDataString(appKey)}&shop_id={shop.ShopId}&redirect_uri={Uri.EscapeDataString(redirectUri)}&state={Uri.EscapeDataString(state ?? "")}";
            page.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(link)).Append("\">")
                .Append(WebUtility.HtmlEncode($"{shop.Name} ({shop.Region}, {shop.ShopId})")).Append("</a></li>");
        }

        return Results.Content(page.Append("</ul></body></html>").ToString(), "text/html; charset=utf-8");
    }

    private static IResult Grant(
        [FromQuery(Name = "app_key")] string appKey,
        [FromQuery(Name = "shop_id")] string shopId,
        [FromQuery(Name = "redirect_uri")] string redirectUri,
        string? state,
        AppRegistry registry,
        TokenStore tokens) =>
        Redirect(appKey, shopId, redirectUri, state, registry, tokens);

    private static IResult Redirect(string appKey, string shopId, string redirectUri, string? state, AppRegistry registry, TokenStore tokens)
    {
        if (registry.FindApp(appKey) is null || registry.FindShop(shopId) is null)
        {
            return Results.BadRequest("Unknown app_key or shop_id.");
        }

        var separator = redirectUri.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return Results.Redirect($"{redirectUri}{separator}code={tokens.IssueCode(appKey, shopId)}&state={Uri.EscapeDataString(state ?? "")}");
    }

    private static IResult AuthorizedShops(HttpContext http, AppRegistry registry)
    {
        var caller = TikTokCaller.From(http);
        var shop = registry.FindShop(caller.ShopId);
        return TikTokJson.Ok(new
        {
            Shops = shop is null ? [] : new[]
            {
                new { Id = shop.ShopId, shop.Name, shop.Region, SellerType = "LOCAL", Cipher = TikTokShopCipher.For(shop.ShopId), Code = $"{shop.Region}LC{shop.ShopId[^6..]}" },
            },
        });
    }
}
