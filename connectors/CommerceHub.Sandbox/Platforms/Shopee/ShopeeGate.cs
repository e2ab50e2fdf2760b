using System.Globalization;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Limits;
using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Platforms.Shopee;

internal enum ShopeeApiLevel
{
    /// <summary>auth_partner, token and push APIs: signed over partner_id+path+timestamp.</summary>
    Public,

    /// <summary>Shop APIs: also access_token and shop_id, both in the query and in the sign.</summary>
    Shop,
}

/// <summary>The checked identity of a call, left in HttpContext.Items for the handler.</summary>
internal sealed record ShopeeCaller(SandboxApp App, long PartnerId, long ShopId)
{
    public static ShopeeCaller From(HttpContext http) =>
        http.Items[typeof(ShopeeCaller)] as ShopeeCaller
        ?? throw new InvalidOperationException("Shopee endpoint mapped without ShopeeGate.");
}

/// <summary>Common-parameter checks every Shopee call passes, in the order the gateway reports them.</summary>
internal sealed class ShopeeGate(ShopeeApiLevel level) : IEndpointFilter
{
    private const long ToleranceSeconds = 300;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var (caller, error) = Check(http);
        if (error is not null)
        {
            return ShopeeJson.Error(error);
        }

        http.Items[typeof(ShopeeCaller)] = caller;
        return await next(context);
    }

    private (ShopeeCaller? Caller, ShopeeError? Error) Check(HttpContext http)
    {
        var query = http.Request.Query;
        var services = http.RequestServices;
        if (string.IsNullOrEmpty(query["partner_id"]))
        {
            return (null, ShopeeErrors.NoPartnerId);
        }

        if (!long.TryParse(query["partner_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var partnerId)
            || services.GetRequiredService<AppRegistry>().FindApp(partnerId.ToString(CultureInfo.InvariantCulture)) is not { } app)
        {
            return (null, ShopeeErrors.InvalidPartnerId);
        }

        if (string.IsNullOrEmpty(query["timestamp"]))
        {
            return (null, ShopeeErrors.NoTimestamp);
        }

        if (!long.TryParse(query["timestamp"], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return (null, ShopeeErrors.InvalidTimestamp);
        }

        var sign = query["sign"].ToString();
        if (sign.Length == 0)
        {
            return (null, ShopeeErrors.NoSign);
        }

        string? accessToken = null;
        long shopId = 0;
        if (level == ShopeeApiLevel.Shop)
        {
            accessToken = query["access_token"].ToString();
            if (accessToken.Length == 0)
            {
                return (null, ShopeeErrors.NoAccessToken);
            }

            if (!long.TryParse(query["shop_id"], NumberStyles.None, CultureInfo.InvariantCulture, out shopId))
            {
                return (null, ShopeeErrors.NoShopId);
            }
        }

        var now = services.GetRequiredService<SandboxClock>().UnixSeconds;
        if (timestamp < now - ToleranceSeconds)
        {
            return (null, ShopeeErrors.TimestampExpired);
        }

        if (timestamp > now + ToleranceSeconds)
        {
            return (null, ShopeeErrors.InvalidTimestamp);
        }

        var path = http.Request.Path.Value ?? "";
        var baseString = level == ShopeeApiLevel.Shop
            ? ShopeeSignature.BaseString(partnerId, path, timestamp, accessToken, shopId)
            : ShopeeSignature.BaseString(partnerId, path, timestamp);
        if (!ShopeeSignature.Verify(app.Secret, baseString, sign))
        {
            return (null, ShopeeErrors.WrongSign);
        }

        if (accessToken is not null)
        {
            var check = services.GetRequiredService<TokenStore>().Check(accessToken);
            if (check.State != TokenState.Valid || check.AppId != app.AppId || check.ShopId != shopId.ToString(CultureInfo.InvariantCulture))
            {
                return (null, ShopeeErrors.InvalidAccessToken);
            }
        }

        var limiterShop = level == ShopeeApiLevel.Shop ? shopId.ToString(CultureInfo.InvariantCulture) : "-";
        if (!services.GetRequiredService<RateLimiter>().TryAcquire(app.AppId, limiterShop, path))
        {
            return (null, ShopeeErrors.RateLimited);
        }

        return (new ShopeeCaller(app, partnerId, shopId), null);
    }
}
