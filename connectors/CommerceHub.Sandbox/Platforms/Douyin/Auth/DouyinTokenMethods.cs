using System.Globalization;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Platforms.Douyin.Auth;

/// <summary>
/// token.create (grant_type authorization_code with the code from the seller's consent) and token.refresh, signed like
/// every call but without access_token. The consent page is not modelled: codes come from POST /__admin/auth/code.
/// </summary>
internal static class DouyinTokenMethods
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal) { "token.create", "token.refresh" };

    public static IEnumerable<KeyValuePair<string, Func<DouyinCall, IServiceProvider, IResult>>> All =>
    [
        new("token.create", Create),
        new("token.refresh", Refresh),
    ];

    private static IResult Create(DouyinCall call, IServiceProvider services)
    {
        if (call.Text("grant_type") != "authorization_code")
        {
            return DouyinJson.Error(DouyinErrors.GrantTypeInvalid);
        }

        var code = call.Text("code") ?? "";
        var registry = services.GetRequiredService<AppRegistry>();
        var tokens = services.GetRequiredService<TokenStore>();
        var shop = code.Length == 0 ? null : registry.Shops.FirstOrDefault(s => tokens.List(s.ShopId).Any(t => t.Kind == "code" && t.Token == code));
        var grant = shop is null ? null : tokens.Exchange(call.App.AppId, code, shop.ShopId);
        return grant is null ? DouyinJson.Error(DouyinErrors.CodeInvalid) : Answer(grant, registry);
    }

    private static IResult Refresh(DouyinCall call, IServiceProvider services)
    {
        if (call.Text("grant_type") != "refresh_token")
        {
            return DouyinJson.Error(DouyinErrors.GrantTypeInvalid);
        }

        var presented = call.Text("refresh_token") ?? "";
        var registry = services.GetRequiredService<AppRegistry>();
        var tokens = services.GetRequiredService<TokenStore>();
        var shop = presented.Length == 0 ? null : registry.Shops.FirstOrDefault(s => tokens.List(s.ShopId).Any(t => t.Kind == "refresh" && t.Token == presented));
        var grant = shop is null ? null : tokens.Refresh(call.App.AppId, shop.ShopId, presented);
        return grant is null ? DouyinJson.Error(DouyinErrors.RefreshInvalid) : Answer(grant, registry);
    }

    private static IResult Answer(TokenGrant grant, AppRegistry registry) => DouyinJson.Ok(new Dictionary<string, object?>
    {
        ["access_token"] = grant.AccessToken,
        ["expires_in"] = (long)(grant.AccessExpiresAt - grant.IssuedAt).TotalSeconds,
        ["refresh_token"] = grant.RefreshToken,
        ["scope"] = "SCOPE",
        ["shop_id"] = long.TryParse(grant.ShopId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0,
        ["shop_name"] = registry.FindShop(grant.ShopId)?.Name ?? "",
        ["authority_id"] = grant.ShopId,
        ["auth_subject_type"] = "MiniShop",
    });
}
