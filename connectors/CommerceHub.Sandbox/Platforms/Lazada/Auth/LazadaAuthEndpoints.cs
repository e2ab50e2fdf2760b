using System.Net;
using System.Text;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Tokens;
using Microsoft.AspNetCore.Mvc;

namespace CommerceHub.Sandbox.Platforms.Lazada.Auth;

/// <summary>The seller's consent page (/oauth/authorize), /auth/token/create and /auth/token/refresh.</summary>
internal static class LazadaAuthEndpoints
{
    public const string GrantPath = "/__admin/lazada/grant";

    public static void Map(RouteGroupBuilder authApi, WebApplication app)
    {
        authApi.MapMethods("/auth/token/create", ["GET", "POST"], Create);
        authApi.MapMethods("/auth/token/refresh", ["GET", "POST"], Refresh);
        app.MapGet("/oauth/authorize", Authorize);

        // Stands in for the seller logging in and clicking "Submit" on Lazada's consent page.
        app.MapGet(GrantPath, Grant);
    }

    /// <summary>Sandbox extension: seller_id picks the shop at once and redirects, so a headless client can follow the real link.</summary>
    private static IResult Authorize(
        [FromQuery(Name = "response_type")] string? responseType,
        [FromQuery(Name = "client_id")] string? clientId,
        [FromQuery(Name = "redirect_uri")] string? redirectUri,
        [FromQuery(Name = "seller_id")] string? sellerId,
        string? state,
        AppRegistry registry,
        TokenStore tokens)
    {
        if (responseType != "code" || clientId is null || registry.FindApp(clientId) is null || string.IsNullOrEmpty(redirectUri))
        {
            return Results.BadRequest("response_type=code, a known client_id and redirect_uri are required.");
        }

        if (sellerId is not null)
        {
            return Redirect(clientId, sellerId, redirectUri, state, registry, tokens);
        }

        var page = new StringBuilder("<!doctype html><html><head><title>Lazada sandbox authorization</title></head><body>");
        page.Append("<h1>Authorize app ").Append(WebUtility.HtmlEncode(clientId)).Append("</h1><ul>");
        foreach (var shop in registry.Shops)
        {
            var link = $"{GrantPath}?client_id={Uri.EscapeDataString(clientId)}&seller_id={shop.ShopId}&redirect_uri={Uri.EscapeDataString(redirectUri)}&state={Uri.EscapeDataString(state ?? "")}";
            page.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(link)).Append("\">")
                .Append(WebUtility.HtmlEncode($"{shop.Name} ({shop.Region}, {shop.ShopId})")).Append("</a></li>");
        }

        return Results.Content(page.Append("</ul></body></html>").ToString(), "text/html; charset=utf-8");
    }

    private static IResult Grant(
        [FromQuery(Name = "client_id")] string clientId,
        [FromQuery(Name = "seller_id")] string sellerId,
        [FromQuery(Name = "redirect_uri")] string redirectUri,
        string? state,
        AppRegistry registry,
        TokenStore tokens) =>
        Redirect(clientId, sellerId, redirectUri, state, registry, tokens);

    private static IResult Redirect(string clientId, string sellerId, string redirectUri, string? state, AppRegistry registry, TokenStore tokens)
    {
        if (registry.FindApp(clientId) is null || registry.FindShop(sellerId) is null)
        {
            return Results.BadRequest("Unknown client_id or seller_id.");
        }

        var code = tokens.IssueCode(clientId, sellerId);
        var separator = redirectUri.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var statepart = string.IsNullOrEmpty(state) ? "" : "&state=" + Uri.EscapeDataString(state);
        return Results.Redirect($"{redirectUri}{separator}code={code}{statepart}");
    }

    private static IResult Create(HttpContext http, AppRegistry registry, TokenStore tokens, LazadaAppTiers tiers)
    {
        var caller = LazadaCaller.From(http);
        if (caller["code"] is not { Length: > 0 } code)
        {
            return LazadaJson.Error(LazadaErrors.MissingParameter("code"));
        }

        var grant = ShopOf(registry, tokens, "code", code) is { } shop ? tokens.Exchange(caller.App.AppId, code, shop.ShopId, tiers.For(caller.App.AppId)) : null;
        return grant is null ? LazadaJson.Error(LazadaErrors.InvalidCode) : LazadaJson.Flat(Fields(grant, registry));
    }

    private static IResult Refresh(HttpContext http, AppRegistry registry, TokenStore tokens, LazadaAppTiers tiers)
    {
        var caller = LazadaCaller.From(http);
        if (caller["refresh_token"] is not { Length: > 0 } refreshToken)
        {
            return LazadaJson.Error(LazadaErrors.MissingParameter("refresh_token"));
        }

        var grant = ShopOf(registry, tokens, "refresh", refreshToken) is { } shop
            ? tokens.Refresh(caller.App.AppId, shop.ShopId, refreshToken, tiers.For(caller.App.AppId))
            : null;
        return grant is null ? LazadaJson.Error(LazadaErrors.IllegalRefreshToken) : LazadaJson.Flat(Fields(grant, registry));
    }

    // Lazada's token calls carry only the code or refresh token; the shop comes from whoever it was issued to.
    private static SandboxShop? ShopOf(AppRegistry registry, TokenStore tokens, string kind, string token) =>
        registry.Shops.FirstOrDefault(s => tokens.List(s.ShopId).Any(t => t.Kind == kind && t.Token == token));

    private static Dictionary<string, object?> Fields(TokenGrant grant, AppRegistry registry)
    {
        var country = (registry.FindShop(grant.ShopId)?.Region ?? "").ToLowerInvariant();
        return new Dictionary<string, object?>
        {
            ["access_token"] = grant.AccessToken,
            ["refresh_token"] = grant.RefreshToken,
            ["expires_in"] = (long)(grant.AccessExpiresAt - grant.IssuedAt).TotalSeconds,
            ["refresh_expires_in"] = (long)(grant.RefreshExpiresAt - grant.IssuedAt).TotalSeconds,
            ["country"] = country,
            ["account"] = $"seller{grant.ShopId}@sandbox.lazada.test",
            ["account_platform"] = "seller_center",
            ["country_user_info"] = new[]
            {
                new { Country = country, SellerId = grant.ShopId, UserId = "9" + grant.ShopId, ShortCode = $"{country.ToUpperInvariant()}{grant.ShopId}" },
            },
        };
    }
}
