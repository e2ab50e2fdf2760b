using System.Globalization;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Limits;
using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Platforms.Taobao;

/// <summary>One checked /router/rest call: the app, the seller its session stands for, and every parameter.</summary>
internal sealed record TaobaoCall(SandboxApp App, string SellerId, string Method, IReadOnlyDictionary<string, string> Parameters)
{
    public string? this[string name] => Parameters.GetValueOrDefault(name) is { Length: > 0 } value ? value : null;

    public long? Number(string name) => long.TryParse(this[name], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static TaobaoCall From(HttpContext http) =>
        http.Items[typeof(TaobaoCall)] as TaobaoCall ?? throw new InvalidOperationException("Taobao router mapped without TaobaoGate.");
}

/// <summary>System parameters of every call, checked in this order; query and form fields both count and both are signed.</summary>
internal sealed class TaobaoGate(IReadOnlySet<string> methods) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in http.Request.Query)
        {
            parameters.TryAdd(name, value.ToString());
        }

        if (http.Request.HasFormContentType)
        {
            foreach (var (name, value) in await http.Request.ReadFormAsync(http.RequestAborted))
            {
                parameters.TryAdd(name, value.ToString());
            }
        }

        var (call, error) = Check(http.RequestServices, parameters);
        if (error is not null)
        {
            return TaobaoJson.Error(error);
        }

        http.Items[typeof(TaobaoCall)] = call;
        return await next(context);
    }

    private (TaobaoCall? Call, TaobaoError? Error) Check(IServiceProvider services, Dictionary<string, string> parameters)
    {
        string? Get(string name) => parameters.GetValueOrDefault(name) is { Length: > 0 } value ? value : null;
        var checks = new (bool Failed, TaobaoError Error)[]
        {
            (Get("method") is null, TaobaoErrors.MissingMethod),
            (Get("method") is { } m && !methods.Contains(m), TaobaoErrors.InvalidMethod),
            (Get("app_key") is null, TaobaoErrors.MissingAppKey),
            (Get("sign") is null, TaobaoErrors.MissingSignature),
            (Get("timestamp") is null, TaobaoErrors.MissingTimestamp),
            (Get("v") is null, TaobaoErrors.MissingVersion),
            (Get("v") is { } v && v != "2.0", TaobaoErrors.InvalidVersion),
            ((Get("format") ?? "xml") != TaobaoAssumptions.Format, TaobaoErrors.InvalidFormat),
        };
        if (checks.FirstOrDefault(c => c.Failed) is { Failed: true } failed)
        {
            return (null, failed.Error);
        }

        if (services.GetRequiredService<AppRegistry>().FindApp(parameters["app_key"]) is not { } app)
        {
            return (null, TaobaoErrors.InvalidAppKey);
        }

        var now = services.GetRequiredService<SandboxClock>().GetUtcNow();
        if (TaobaoJson.ParseTime(parameters["timestamp"]) is not { } timestamp || (now - timestamp).Duration() > TaobaoAssumptions.TimestampTolerance)
        {
            return (null, TaobaoErrors.InvalidTimestamp);
        }

        if (!TaobaoSignature.Verify(Get("sign_method") ?? "md5", app.Secret, TaobaoSignature.BaseString(parameters), parameters["sign"]))
        {
            return (null, TaobaoErrors.InvalidSignature);
        }

        if (Get("session") is not { } session)
        {
            return (null, TaobaoErrors.MissingSession);
        }

        var check = services.GetRequiredService<TokenStore>().Check(session);
        if (check.State != TokenState.Valid || check.AppId != app.AppId || check.ShopId is null)
        {
            return (null, TaobaoErrors.InvalidSession);
        }

        var method = parameters["method"];
        return services.GetRequiredService<RateLimiter>().TryAcquire(app.AppId, check.ShopId, method)
            ? (new TaobaoCall(app, check.ShopId, method, parameters), null)
            : (null, TaobaoErrors.CallLimited);
    }
}
