using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Limits;
using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Platforms.JD;

/// <summary>One checked router call: the app, the seller (vender) its token stands for, and the business JSON.</summary>
internal sealed record JDCall(SandboxApp App, string VenderId, string Method, JsonElement Business)
{
    /// <summary>A business parameter as text, whether JSON sent it as a string or a number; null when absent or null.</summary>
    public string? Text(string name) =>
        Business.ValueKind == JsonValueKind.Object && Business.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public long? Number(string name) => long.TryParse(Text(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static JDCall From(HttpContext http) =>
        http.Items[typeof(JDCall)] as JDCall ?? throw new InvalidOperationException("JD router mapped without JDGate.");
}

/// <summary>System parameters of every /routerjson call, checked in this order; query and form fields both count.</summary>
internal sealed partial class JDGate(IReadOnlySet<string> methods) : IEndpointFilter
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(6);

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
            return JDJson.Error(error);
        }

        http.Items[typeof(JDCall)] = call;
        return await next(context);
    }

    private (JDCall? Call, JDError? Error) Check(IServiceProvider services, Dictionary<string, string> parameters)
    {
        foreach (var name in (string[])["method", "app_key", "access_token", "timestamp", "v", "sign"])
        {
            if (string.IsNullOrEmpty(parameters.GetValueOrDefault(name)))
            {
                return (null, JDErrors.Missing(name));
            }
        }

        if (services.GetRequiredService<AppRegistry>().FindApp(parameters["app_key"]) is not { } app)
        {
            return (null, JDErrors.InvalidAppKey);
        }

        var now = services.GetRequiredService<SandboxClock>().GetUtcNow();
        if (ParseTimestamp(parameters["timestamp"]) is not { } timestamp || (now - timestamp).Duration() > Tolerance)
        {
            return (null, JDErrors.InvalidTimestamp);
        }

        var signed = parameters.Where(p => !JDAssumptions.UnsignedParameters.Contains(p.Key));
        if (!JDSignature.Verify(app.Secret, JDSignature.BaseString(signed), parameters["sign"]))
        {
            return (null, JDErrors.InvalidSign);
        }

        var method = parameters["method"];
        if (!methods.Contains(method))
        {
            return (null, JDErrors.InvalidMethod);
        }

        var check = services.GetRequiredService<TokenStore>().Check(parameters["access_token"]);
        if (check.State != TokenState.Valid || check.AppId != app.AppId || check.ShopId is null)
        {
            return (null, JDErrors.InvalidToken);
        }

        if (!services.GetRequiredService<RateLimiter>().TryAcquire(app.AppId, check.ShopId, method))
        {
            return (null, JDErrors.CallLimited);
        }

        JsonElement business;
        try
        {
            business = JsonDocument.Parse(parameters.GetValueOrDefault("360buy_param_json") is { Length: > 0 } json ? json : "{}").RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, JDErrors.InvalidParameter("360buy_param_json is not JSON"));
        }

        return (new JDCall(app, check.ShopId, method, business), null);
    }

    /// <summary>yyyy-MM-dd HH:mm:ss in GMT+8, optionally with milliseconds and an explicit +hhmm offset (as in G6).</summary>
    public static DateTimeOffset? ParseTimestamp(string text)
    {
        var match = TimestampPattern().Match(text);
        if (!match.Success || JDJson.ParseTime(match.Groups[1].Value) is not { } local)
        {
            return null;
        }

        var milliseconds = match.Groups[2].Success ? int.Parse(match.Groups[2].Value.PadRight(3, '0'), CultureInfo.InvariantCulture) : 0;
        var offset = match.Groups[3].Success
            ? new TimeSpan(int.Parse(match.Groups[3].Value[1..3], CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value[3..], CultureInfo.InvariantCulture), 0)
                * (match.Groups[3].Value[0] == '-' ? -1 : 1)
            : JDJson.Offset;
        return new DateTimeOffset(local.DateTime, offset).AddMilliseconds(milliseconds);
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})(?:\.(\d{1,3}))?([+-]\d{4})?$")]
    private static partial Regex TimestampPattern();
}
