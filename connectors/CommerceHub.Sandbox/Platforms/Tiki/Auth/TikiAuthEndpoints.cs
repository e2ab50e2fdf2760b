using System.Net;
using System.Text;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Tokens;
using Microsoft.AspNetCore.Mvc;

namespace CommerceHub.Sandbox.Platforms.Tiki.Auth;

/// <summary>OAuth 2.0: the seller's consent page and the token endpoint (authorization_code, refresh_token, client_credentials).</summary>
internal static class TikiAuthEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet(TikiAssumptions.AuthorizePath, Authorize);
        app.MapPost("/sc/oauth2/token", TokenAsync);
    }

    /// <summary>Sandbox extension: shop_id picks the seller at once and redirects, so a headless client can follow the real link.</summary>
    private static IResult Authorize(
        [FromQuery(Name = "response_type")] string? responseType,
        [FromQuery(Name = "client_id")] string? clientId,
        [FromQuery(Name = "redirect_uri")] string? redirectUri,
        [FromQuery(Name = "shop_id")] string? shopId,
        string? scope,
        string? state,
        AppRegistry registry,
        TokenStore tokens)
    {
        if (responseType != "code" || clientId is null || registry.FindApp(clientId) is null || string.IsNullOrEmpty(redirectUri))
        {
            return TikiJson.OAuthError(TikiOAuthErrors.InvalidRequest, "response_type=code, a known client_id and redirect_uri are required");
        }

        if (shopId is not null)
        {
            if (registry.FindShop(shopId) is null)
            {
                return TikiJson.OAuthError(TikiOAuthErrors.InvalidRequest, "unknown seller");
            }

            var code = tokens.IssueCode(clientId, shopId);
            var separator = redirectUri.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            return Results.Redirect($"{redirectUri}{separator}code={code}&scope={Uri.EscapeDataString(scope ?? TikiAssumptions.DefaultScope)}&state={Uri.EscapeDataString(state ?? "")}");
        }

        var page = new StringBuilder("<!doctype html><html><head><title>Tiki sandbox authorization</title></head><body><h1>Authorize ")
            .Append(WebUtility.HtmlEncode(clientId)).Append("</h1><ul>");
        foreach (var shop in registry.Shops)
        {
            var link = $"{TikiAssumptions.AuthorizePath}?response_type=code&client_id={Uri.EscapeDataString(clientId)}&redirect_uri={Uri.EscapeDataString(redirectUri)}"
                + $"&scope={Uri.EscapeDataString(scope ?? "")}&state={Uri.EscapeDataString(state ?? "")}&shop_id={shop.ShopId}";
            page.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(link)).Append("\">")
                .Append(WebUtility.HtmlEncode($"{shop.Name} ({shop.ShopId})")).Append("</a></li>");
        }

        return Results.Content(page.Append("</ul></body></html>").ToString(), "text/html; charset=utf-8");
    }

    private static async Task<IResult> TokenAsync(HttpContext http, AppRegistry registry, TokenStore tokens)
    {
        if (!http.Request.HasFormContentType)
        {
            return TikiJson.OAuthError(TikiOAuthErrors.InvalidRequest, "the body must be application/x-www-form-urlencoded");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (TikiClientAuth.Authenticate(http.Request, form, registry) is not { } app)
        {
            return TikiJson.OAuthError(TikiOAuthErrors.InvalidClient, "Client authentication failed", StatusCodes.Status401Unauthorized);
        }

        var scope = form["scope"].ToString() is { Length: > 0 } asked ? asked : TikiAssumptions.DefaultScope;
        TokenGrant? grant;
        switch (form["grant_type"].ToString())
        {
            case "authorization_code":
                var code = form["code"].ToString();
                grant = ShopOf(registry, tokens, "code", code) is { } codeShop ? tokens.Exchange(app.AppId, code, codeShop.ShopId) : null;
                break;
            case "refresh_token":
                var refresh = form["refresh_token"].ToString();
                grant = ShopOf(registry, tokens, "refresh", refresh) is { } refreshShop ? tokens.Refresh(app.AppId, refreshShop.ShopId, refresh) : null;
                break;
            case "client_credentials":
                // The store only mints tokens from codes; the refresh token that comes with it is never handed out.
                var appCode = tokens.IssueCode(app.AppId, TikiGate.AppSubject);
                var appGrant = tokens.Exchange(app.AppId, appCode, TikiGate.AppSubject)!; // A fresh code for this app always redeems.
                return TikiJson.Ok(TokenBody(appGrant, scope, withRefresh: false));
            case "":
                return TikiJson.OAuthError(TikiOAuthErrors.InvalidRequest, "grant_type is required");
            default:
                return TikiJson.OAuthError(TikiOAuthErrors.UnsupportedGrantType, "The authorization grant type is not supported");
        }

        return grant is null
            ? TikiJson.OAuthError(TikiOAuthErrors.InvalidGrant, "The provided authorization grant or refresh token is invalid, expired, revoked or was issued to another client")
            : TikiJson.Ok(TokenBody(grant, scope, withRefresh: true));
    }

    private static Dictionary<string, object> TokenBody(TokenGrant grant, string scope, bool withRefresh)
    {
        var body = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["access_token"] = grant.AccessToken,
            ["expires_in"] = (long)(grant.AccessExpiresAt - grant.IssuedAt).TotalSeconds,
            ["scope"] = scope,
            ["token_type"] = "bearer",
        };
        if (withRefresh)
        {
            body["refresh_token"] = grant.RefreshToken;
        }

        return body;
    }

    private static SandboxShop? ShopOf(AppRegistry registry, TokenStore tokens, string kind, string token) =>
        token.Length == 0 ? null : registry.Shops.FirstOrDefault(s => tokens.List(s.ShopId).Any(t => t.Kind == kind && t.Token == token));
}
