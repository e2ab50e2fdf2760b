using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Platforms.JD.Auth;

/// <summary>
/// The code exchange and the refresh, query or form, with app_key and app_secret in the request. The seller's consent
/// screen is not modelled: codes come from POST /__admin/auth/code.
/// </summary>
internal static class JDAuthEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapMethods(JDAssumptions.TokenPath, ["GET", "POST"], (HttpContext http, AppRegistry registry, TokenStore tokens) => IssueAsync(http, registry, tokens, "authorization_code"));
        app.MapMethods(JDAssumptions.RefreshPath, ["GET", "POST"], (HttpContext http, AppRegistry registry, TokenStore tokens) => IssueAsync(http, registry, tokens, "refresh_token"));
    }

    private static async Task<IResult> IssueAsync(HttpContext http, AppRegistry registry, TokenStore tokens, string grantType)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : null;
        string Field(string name) => http.Request.Query[name].ToString() is { Length: > 0 } value ? value : form?[name].ToString() ?? "";

        if (registry.FindApp(Field("app_key")) is not { } app || app.Secret != Field("app_secret"))
        {
            return Failure(401, "app_key or app_secret is invalid");
        }

        if (Field("grant_type") != grantType)
        {
            return Failure(400, $"grant_type must be {grantType}");
        }

        var secretName = grantType == "authorization_code" ? "code" : "refresh_token";
        var presented = Field(secretName);
        var kind = grantType == "authorization_code" ? "code" : "refresh";
        var shop = presented.Length == 0 ? null : registry.Shops.FirstOrDefault(s => tokens.List(s.ShopId).Any(t => t.Kind == kind && t.Token == presented));
        var grant = shop is null ? null
            : grantType == "authorization_code" ? tokens.Exchange(app.AppId, presented, shop.ShopId)
            : tokens.Refresh(app.AppId, shop.ShopId, presented);
        return grant is null ? Failure(402, $"{secretName} is invalid, expired or already used") : Results.Json(new Dictionary<string, object>
        {
            ["code"] = 0,
            ["access_token"] = grant.AccessToken,
            ["refresh_token"] = grant.RefreshToken,
            ["expires_in"] = (long)(grant.AccessExpiresAt - grant.IssuedAt).TotalSeconds,
            ["token_type"] = "bearer",
            ["scope"] = "snsapi_base",
            ["uid"] = grant.ShopId,
            ["time"] = grant.IssuedAt.ToUnixTimeMilliseconds(),
        }, JDJson.Options);
    }

    private static IResult Failure(int code, string message) => Results.Json(new { code, msg = message }, JDJson.Options);
}
