using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Core.Admin;

public static partial class AdminEndpoints
{
    private static void MapAuth(RouteGroupBuilder admin)
    {
        // Issues the code a seller's browser consent would produce, so connectors can run the OAuth flow headlessly.
        admin.MapPost("/auth/code", (CodeRequest body, AppRegistry registry, TokenStore tokens) =>
        {
            var appId = body.AppId ?? DefaultAppId(registry);
            if (appId is null || registry.FindApp(appId) is null || registry.FindShop(body.ShopId) is null)
            {
                return Results.NotFound();
            }

            return Results.Ok(new { Code = tokens.IssueCode(appId, body.ShopId), body.ShopId, AppId = appId });
        });
        admin.MapPost("/auth/revoke", (RevokeRequest body, TokenStore tokens) => new { Revoked = tokens.Revoke(body.ShopId, body.AppId) });
        admin.MapGet("/auth/tokens", (string shopId, TokenStore tokens) => tokens.List(shopId));
    }
}
