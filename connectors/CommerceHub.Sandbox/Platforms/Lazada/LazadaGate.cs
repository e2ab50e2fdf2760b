using System.Globalization;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Platforms.Lazada;

/// <summary>The checked identity of a call and its merged query and form parameters, left in HttpContext.Items.</summary>
internal sealed record LazadaCaller(SandboxApp App, string ShopId, IReadOnlyDictionary<string, string> Parameters)
{
    public string? this[string name] => Parameters.GetValueOrDefault(name);

    public static LazadaCaller From(HttpContext http) =>
        http.Items[typeof(LazadaCaller)] as LazadaCaller
        ?? throw new InvalidOperationException("Lazada endpoint mapped without LazadaGate.");
}

/// <summary>
/// System parameters every Lazada call passes: app_key, timestamp (ms or ISO 8601, within 7200 s), sign_method=sha256,
/// sign over all parameters (query and form alike) and, for seller APIs, access_token. Then flow control.
/// </summary>
internal sealed class LazadaGate(bool sellerApi) : IEndpointFilter
{
    public const string Prefix = "/rest";
    private const long ToleranceMs = 7_200_000;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var parameters = await ReadParametersAsync(http.Request);
        var (caller, error) = Check(http, parameters);
        if (error is not null)
        {
            return LazadaJson.Error(error);
        }

        http.Items[typeof(LazadaCaller)] = caller;
        return await next(context);
    }

    public static string ApiPath(HttpRequest request) => (request.Path.Value ?? "")[Prefix.Length..];

    private static async Task<Dictionary<string, string>> ReadParametersAsync(HttpRequest request)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Query)
        {
            parameters.TryAdd(name, value.ToString());
        }

        // File parameters are byte arrays, which Lazada leaves out of the sign; only form fields count.
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            foreach (var (name, value) in form)
            {
                parameters.TryAdd(name, value.ToString());
            }
        }

        return parameters;
    }

    private (LazadaCaller? Caller, LazadaError? Error) Check(HttpContext http, Dictionary<string, string> parameters)
    {
        var services = http.RequestServices;
        foreach (var required in (string[])["app_key", "timestamp", "sign_method", "sign"])
        {
            if (string.IsNullOrEmpty(parameters.GetValueOrDefault(required)))
            {
                return (null, LazadaErrors.MissingParameter(required));
            }
        }

        if (services.GetRequiredService<AppRegistry>().FindApp(parameters["app_key"]) is not { } app)
        {
            return (null, LazadaErrors.InvalidAppKey);
        }

        var accessToken = parameters.GetValueOrDefault("access_token");
        if (sellerApi && string.IsNullOrEmpty(accessToken))
        {
            return (null, LazadaErrors.MissingParameter("access_token"));
        }

        var now = services.GetRequiredService<SandboxClock>().GetUtcNow().ToUnixTimeMilliseconds();
        if (ParseTimestamp(parameters["timestamp"]) is not { } timestamp || Math.Abs(now - timestamp) > ToleranceMs)
        {
            return (null, LazadaErrors.InvalidTimestamp);
        }

        var apiPath = ApiPath(http.Request);
        if (parameters["sign_method"] != "sha256"
            || !LazadaSignature.Verify(app.Secret, LazadaSignature.BaseString(apiPath, parameters), parameters["sign"]))
        {
            return (null, LazadaErrors.IncompleteSignature);
        }

        var shopId = "-";
        if (sellerApi)
        {
            var check = services.GetRequiredService<TokenStore>().Check(accessToken!); // Checked non-empty above.
            if (check.State != TokenState.Valid || check.AppId != app.AppId || check.ShopId is null)
            {
                return (null, LazadaErrors.IllegalAccessToken);
            }

            shopId = check.ShopId;
        }

        var limited = services.GetRequiredService<LazadaThrottle>().Check(app.AppId, shopId, apiPath);
        return limited is null ? (new LazadaCaller(app, shopId, parameters), null) : (null, limited);
    }

    /// <summary>Milliseconds since the epoch, or an ISO 8601 time such as 2017-11-11T12:00:00Z.</summary>
    private static long? ParseTimestamp(string text)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
        {
            return ms;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUnixTimeMilliseconds()
            : null;
    }
}
