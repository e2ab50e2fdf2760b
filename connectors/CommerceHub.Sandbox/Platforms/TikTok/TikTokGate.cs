using System.Globalization;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Limits;
using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Platforms.TikTok;

internal enum TikTokApiLevel
{
    /// <summary>Seller-level APIs such as Get Authorized Shops: token, no shop_cipher.</summary>
    Seller,

    /// <summary>Shop APIs: token and the shop_cipher of the token's shop.</summary>
    Shop,
}

/// <summary>The checked identity of a call and its raw body (already read for the sign), left in HttpContext.Items.</summary>
internal sealed record TikTokCaller(SandboxApp App, string ShopId, string Body)
{
    public static TikTokCaller From(HttpContext http) =>
        http.Items[typeof(TikTokCaller)] as TikTokCaller
        ?? throw new InvalidOperationException("TikTok endpoint mapped without TikTokGate.");
}

/// <summary>
/// Common checks in the order the messages of TikTok's common-errors page suggest: app_key, sign present,
/// timestamp within −5 min/+30 s, sign over query + path + raw body, x-tts-access-token, shop_cipher, then
/// 50 calls per second per API per app+shop.
/// </summary>
internal sealed class TikTokGate(TikTokApiLevel level) : IEndpointFilter
{
    public const string TokenHeader = "x-tts-access-token";
    private const long PastSeconds = 300;
    private const long FutureSeconds = 30;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Request.EnableBuffering();
        using var reader = new StreamReader(http.Request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        http.Request.Body.Position = 0;
        var (caller, error) = Check(http, body);
        if (error is not null)
        {
            return TikTokJson.Error(error);
        }

        http.Items[typeof(TikTokCaller)] = caller;
        return await next(context);
    }

    private (TikTokCaller? Caller, TikTokError? Error) Check(HttpContext http, string body)
    {
        var request = http.Request;
        var services = http.RequestServices;
        var query = request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var registry = services.GetRequiredService<AppRegistry>();
        if (registry.FindApp(query.GetValueOrDefault("app_key") ?? "") is not { } app)
        {
            return (null, TikTokErrors.InvalidAppKey);
        }

        if (string.IsNullOrEmpty(query.GetValueOrDefault("sign")))
        {
            return (null, TikTokErrors.MissingSign);
        }

        if (!long.TryParse(query.GetValueOrDefault("timestamp"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var timestamp) || timestamp < 0)
        {
            return (null, TikTokErrors.TimestampNegative);
        }

        var now = services.GetRequiredService<SandboxClock>().UnixSeconds;
        if (timestamp < now - PastSeconds || timestamp > now + FutureSeconds)
        {
            return (null, timestamp < now ? TikTokErrors.TimestampTooOld : TikTokErrors.TimestampTooNew);
        }

        // Multipart bodies (image uploads) are left out of the sign.
        var signedBody = request.HasFormContentType && request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true ? "" : body;
        var path = request.Path.Value ?? "";
        if (!TikTokSignature.Verify(app.Secret, TikTokSignature.WrappedString(app.Secret, path, query, signedBody), query["sign"]))
        {
            return (null, TikTokErrors.InvalidSign);
        }

        var check = services.GetRequiredService<TokenStore>().Check(request.Headers[TokenHeader].ToString());
        if (check.State == TokenState.Expired && check.AppId == app.AppId)
        {
            return (null, TikTokErrors.ExpiredToken);
        }

        if (check.State != TokenState.Valid || check.AppId != app.AppId || check.ShopId is not { } shopId)
        {
            return (null, TikTokErrors.InvalidToken);
        }

        var cipher = query.GetValueOrDefault("shop_cipher");
        if (level == TikTokApiLevel.Seller && cipher is not null)
        {
            return (null, TikTokErrors.UnexpectedCipher);
        }

        if (level == TikTokApiLevel.Shop && string.IsNullOrEmpty(cipher))
        {
            return (null, TikTokErrors.MissingCipher);
        }

        if (level == TikTokApiLevel.Shop && TikTokShopCipher.For(shopId) != cipher)
        {
            return (null, TikTokErrors.ShopMismatch);
        }

        // "Per API" means per endpoint, so calls to different products' inventory/update share one counter.
        var api = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? path;
        if (!services.GetRequiredService<RateLimiter>().TryAcquire(app.AppId, $"{shopId}|{api}", api))
        {
            return (null, TikTokErrors.TooManyRequests);
        }

        return (new TikTokCaller(app, shopId, body), null);
    }
}
