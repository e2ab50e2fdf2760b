using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Platforms.Taobao.Auth;

/// <summary>
/// The token endpoint: authorization_code and refresh_token grants with client_id/client_secret in the form. The
/// seller's consent page is not modelled; codes come from POST /__admin/auth/code.
/// </summary>
internal static class TaobaoAuthEndpoints
{
    public static void Map(WebApplication app) => app.MapPost(TaobaoAssumptions.TokenPath, TokenAsync);

    private static async Task<IResult> TokenAsync(HttpContext http, AppRegistry registry, TokenStore tokens)
    {
        if (!http.Request.HasFormContentType)
        {
            return Failure("invalid_request", "the body must be application/x-www-form-urlencoded");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (registry.FindApp(form["client_id"].ToString()) is not { } app || app.Secret != form["client_secret"].ToString())
        {
            return Failure("invalid_client", "client_id or client_secret is wrong", StatusCodes.Status401Unauthorized);
        }

        var grantType = form["grant_type"].ToString();
        if (grantType is not ("authorization_code" or "refresh_token"))
        {
            return Failure("unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
        }

        var byCode = grantType == "authorization_code";
        var presented = form[byCode ? "code" : "refresh_token"].ToString();
        var shop = presented.Length == 0 ? null
            : registry.Shops.FirstOrDefault(s => tokens.List(s.ShopId).Any(t => t.Kind == (byCode ? "code" : "refresh") && t.Token == presented));
        var grant = shop is null ? null : byCode ? tokens.Exchange(app.AppId, presented, shop.ShopId) : tokens.Refresh(app.AppId, shop.ShopId, presented);
        if (grant is null || shop is null)
        {
            return Failure("invalid_grant", byCode ? "authorize code is invalid, expired or used" : "refresh token is invalid, expired or used");
        }

        var expiresIn = (long)(grant.AccessExpiresAt - grant.IssuedAt).TotalSeconds;
        var refreshIn = (long)(grant.RefreshExpiresAt - grant.IssuedAt).TotalSeconds;
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = grant.AccessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = expiresIn,
            ["refresh_token"] = grant.RefreshToken,
            ["re_expires_in"] = refreshIn,
            ["taobao_user_id"] = shop.ShopId,
            ["taobao_user_nick"] = Uri.EscapeDataString(shop.Name),
        }, TaobaoJson.Options);
    }

    private static IResult Failure(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new { error, error_description = description }, TaobaoJson.Options, statusCode: status);
}
