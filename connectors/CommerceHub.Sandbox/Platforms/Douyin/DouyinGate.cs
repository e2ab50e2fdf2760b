using System.Globalization;
using System.Text.Json;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Limits;
using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Platforms.Douyin;

/// <summary>
/// The system parameters of every call, in the query, checked in this order: presence, app, timestamp, sign, token,
/// call limit, then param_json (the body). The sign covers param_json in its canonical form (keys sorted, compact).
/// </summary>
internal sealed class DouyinGate(string method, bool needsToken) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        var (call, error) = Check(http.RequestServices, http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal), body);
        if (error is not null)
        {
            return DouyinJson.Error(error);
        }

        http.Items[typeof(DouyinCall)] = call;
        return await next(context);
    }

    private (DouyinCall? Call, DouyinError? Error) Check(IServiceProvider services, Dictionary<string, string> query, string body)
    {
        string Get(string name) => query.GetValueOrDefault(name) ?? "";
        if (Get("sign").Length == 0)
        {
            return (null, DouyinErrors.SignMissing);
        }

        if (Get("app_key").Length == 0)
        {
            return (null, DouyinErrors.AppKeyMissing);
        }

        if (needsToken && Get("access_token").Length == 0)
        {
            return (null, DouyinErrors.TokenMissing);
        }

        foreach (var name in (string[])["method", "timestamp", "v"])
        {
            if (Get(name).Length == 0)
            {
                return (null, DouyinErrors.Missing(name));
            }
        }

        if (Get("method") != method)
        {
            return (null, DouyinErrors.Invalid("method", "与请求路径不一致"));
        }

        if (services.GetRequiredService<AppRegistry>().FindApp(Get("app_key")) is not { } app)
        {
            return (null, DouyinErrors.AppKeyInvalid);
        }

        if (ParseTimestamp(Get("timestamp")) is not { } timestamp)
        {
            return (null, DouyinErrors.TimestampFormat);
        }

        if ((services.GetRequiredService<SandboxClock>().GetUtcNow() - timestamp).Duration() > DouyinAssumptions.TimestampTolerance)
        {
            return (null, DouyinErrors.TimestampInvalid);
        }

        if (Get("v") != "2")
        {
            return (null, DouyinErrors.Invalid("v", "应为2"));
        }

        var signMethod = query.GetValueOrDefault("sign_method") is { Length: > 0 } m ? m : DouyinAssumptions.DefaultSignMethod;
        if (signMethod is not (DouyinSignature.Md5 or DouyinSignature.HmacSha256))
        {
            return (null, DouyinErrors.Invalid("sign_method", "仅支持md5或hmac-sha256"));
        }

        JsonElement parameters;
        try
        {
            parameters = JsonDocument.Parse(body.Length == 0 ? "{}" : body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, DouyinErrors.BadJson);
        }

        var plain = DouyinSignature.Plain(app.Secret, app.AppId, method, DouyinSignature.Canonical(parameters), Get("timestamp"), Get("v"));
        if (!DouyinSignature.Verify(signMethod, app.Secret, plain, Get("sign")))
        {
            return (null, DouyinErrors.BadSign);
        }

        string? shopId = null;
        if (needsToken)
        {
            var check = services.GetRequiredService<TokenStore>().Check(Get("access_token"));
            var tokenError = check.State switch
            {
                TokenState.Unknown => DouyinErrors.TokenUnknown,
                TokenState.Expired => DouyinErrors.TokenExpired,
                TokenState.Revoked => DouyinErrors.AuthorizationGone,
                _ when check.AppId != app.AppId || check.ShopId is null => DouyinErrors.TokenOtherApp,
                _ => null,
            };
            if (tokenError is not null)
            {
                return (null, tokenError);
            }

            shopId = check.ShopId;
        }

        if (!services.GetRequiredService<RateLimiter>().TryAcquire(app.AppId, shopId ?? "app", method))
        {
            return (null, DouyinErrors.CallLimited);
        }

        return parameters.ValueKind == JsonValueKind.Object ? (new DouyinCall(app, shopId, method, parameters), null) : (null, DouyinErrors.BadJson);
    }

    /// <summary>Unix seconds (as SDKs send it) or yyyy-MM-dd HH:mm:ss in GMT+8 (as older docs show it).</summary>
    public static DateTimeOffset? ParseTimestamp(string text)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds < 100_000_000_000)
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, TimeSpan.FromHours(8))
            : null;
    }
}
