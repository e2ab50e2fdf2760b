using System.Globalization;
using System.Net;
using System.Text;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Tokens;
using Microsoft.AspNetCore.Mvc;

namespace CommerceHub.Sandbox.Platforms.Shopee.Auth;

/// <summary>The authorization link, the code exchange and the refresh.</summary>
internal static class ShopeeAuthEndpoints
{
    public const string GrantPath = "/__admin/shopee/grant";

    public static void Map(RouteGroupBuilder publicApi, WebApplication app)
    {
        publicApi.MapGet("/shop/auth_partner", AuthPartner);
        publicApi.MapPost("/auth/token/get", TokenGet);
        publicApi.MapPost("/auth/access_token/get", AccessTokenGet);

        // Stands in for the seller's "Confirm authorization" click in Shopee's consent screen.
        app.MapGet(GrantPath, Grant);
    }

    /// <summary>
    /// The seller's consent page. Sandbox extension: passing shop_id skips the page and redirects at once,
    /// which lets a headless client follow the real authorization link.
    /// </summary>
    private static IResult AuthPartner(
        HttpContext http, string? redirect, [FromQuery(Name = "shop_id")] long? shopId, AppRegistry registry, TokenStore tokens)
    {
        var caller = ShopeeCaller.From(http);
        if (string.IsNullOrEmpty(redirect))
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("redirect is required"));
        }

        if (shopId is { } chosen)
        {
            return Redirect(caller.App, chosen, redirect, registry, tokens);
        }

        var page = new StringBuilder("<!doctype html><html><head><title>Shopee sandbox authorization</title></head><body>");
        page.Append(CultureInfo.InvariantCulture, $"<h1>Authorize partner {caller.PartnerId}</h1><ul>");
        foreach (var shop in registry.Shops)
        {
            var link = $"{GrantPath}?partner_id={caller.PartnerId}&shop_id={shop.ShopId}&redirect={Uri.EscapeDataString(redirect)}";
            page.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(shop.Name)} ({shop.Region}, {shop.ShopId})</a></li>");
        }

        page.Append("</ul></body></html>");
        return Results.Content(page.ToString(), "text/html; charset=utf-8");
    }

    private static IResult Grant(
        [FromQuery(Name = "partner_id")] string partnerId,
        [FromQuery(Name = "shop_id")] long shopId,
        string redirect,
        AppRegistry registry,
        TokenStore tokens) =>
        registry.FindApp(partnerId) is { } app
            ? Redirect(app, shopId, redirect, registry, tokens)
            : ShopeeJson.Error(ShopeeErrors.InvalidPartnerId);

    private static IResult Redirect(SandboxApp app, long shopId, string redirect, AppRegistry registry, TokenStore tokens)
    {
        var shopKey = shopId.ToString(CultureInfo.InvariantCulture);
        if (registry.FindShop(shopKey) is null)
        {
            return ShopeeJson.Error(ShopeeErrors.InvalidShop);
        }

        var code = tokens.IssueCode(app.AppId, shopKey);
        var separator = redirect.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return Results.Redirect($"{redirect}{separator}code={code}&shop_id={shopKey}");
    }

    private static async Task<IResult> TokenGet(HttpContext http, TokenStore tokens)
    {
        var caller = ShopeeCaller.From(http);
        var body = await ShopeeJson.ReadAsync<TokenGetRequest>(http.Request);
        if (body?.Code is not { Length: > 0 } code || body.PartnerId is null)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("code and partner_id are required"));
        }

        if (body.PartnerId != caller.PartnerId)
        {
            return ShopeeJson.Error(ShopeeErrors.InvalidPartnerId);
        }

        if (body.ShopId is not { } shopId)
        {
            // Main-account authorization (merchant_id_list/shop_id_list) is not modelled by the sandbox.
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("shop_id is required; main_account_id is not supported by the sandbox"));
        }

        var grant = tokens.Exchange(caller.App.AppId, code, shopId.ToString(CultureInfo.InvariantCulture));
        return grant is null
            ? ShopeeJson.Error(ShopeeErrors.InvalidCode)
            : ShopeeJson.Flat(TokenFields(grant));
    }

    private static async Task<IResult> AccessTokenGet(HttpContext http, TokenStore tokens)
    {
        var caller = ShopeeCaller.From(http);
        var body = await ShopeeJson.ReadAsync<AccessTokenGetRequest>(http.Request);
        if (body?.RefreshToken is not { Length: > 0 } refreshToken || body.PartnerId is null || body.ShopId is not { } shopId)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("refresh_token, partner_id and shop_id are required"));
        }

        if (body.PartnerId != caller.PartnerId)
        {
            return ShopeeJson.Error(ShopeeErrors.InvalidPartnerId);
        }

        var grant = tokens.Refresh(caller.App.AppId, shopId.ToString(CultureInfo.InvariantCulture), refreshToken);
        if (grant is null)
        {
            return ShopeeJson.Error(ShopeeErrors.InvalidRefreshToken);
        }

        var fields = new Dictionary<string, object?>(TokenFields(grant)) { ["partner_id"] = caller.PartnerId, ["shop_id"] = shopId };
        return ShopeeJson.Flat(fields);
    }

    private static Dictionary<string, object?> TokenFields(TokenGrant grant) => new()
    {
        ["refresh_token"] = grant.RefreshToken,
        ["access_token"] = grant.AccessToken,
        ["expire_in"] = (long)(grant.AccessExpiresAt - grant.IssuedAt).TotalSeconds,
    };
}
