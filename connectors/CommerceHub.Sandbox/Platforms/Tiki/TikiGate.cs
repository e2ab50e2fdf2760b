using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Limits;
using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Platforms.Tiki;

internal enum TikiTokenKind
{
    /// <summary>A token from the authorization-code flow, acting for one seller.</summary>
    Seller,

    /// <summary>The app's own client-credentials token (queue management).</summary>
    App,

    Either,
}

/// <summary>The checked identity of a call, left in HttpContext.Items; SellerId is null for an app token.</summary>
internal sealed record TikiCaller(SandboxApp App, string? SellerId)
{
    /// <summary>Only for endpoints behind a Seller gate, which guarantees the seller.</summary>
    public string Seller => SellerId ?? throw new InvalidOperationException("Seller endpoint mapped without a Seller gate.");

    public static TikiCaller From(HttpContext http) =>
        http.Items[typeof(TikiCaller)] as TikiCaller
        ?? throw new InvalidOperationException("Tiki endpoint mapped without TikiGate.");
}

/// <summary>Tiki signs nothing: a call carries Authorization: Bearer &lt;token&gt;, checked here, then the rate limit.</summary>
internal sealed class TikiGate(TikiTokenKind kind) : IEndpointFilter
{
    /// <summary>Client-credentials tokens are kept in the token store under this empty pseudo-seller.</summary>
    public const string AppSubject = "";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var (caller, error) = Check(http);
        if (error is not null)
        {
            return TikiJson.Error(error);
        }

        http.Items[typeof(TikiCaller)] = caller;
        return await next(context);
    }

    private (TikiCaller? Caller, TikiError? Error) Check(HttpContext http)
    {
        var services = http.RequestServices;
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            return (null, TikiErrors.MissingToken);
        }

        var check = services.GetRequiredService<TokenStore>().Check(header[scheme.Length..].Trim());
        if (check.State == TokenState.Expired)
        {
            return (null, TikiErrors.ExpiredToken);
        }

        if (check.State != TokenState.Valid || services.GetRequiredService<AppRegistry>().FindApp(check.AppId ?? "") is not { } app)
        {
            return (null, TikiErrors.InvalidToken);
        }

        var sellerId = check.ShopId is null or AppSubject ? null : check.ShopId;
        if (kind == TikiTokenKind.Seller && sellerId is null)
        {
            return (null, TikiErrors.SellerTokenRequired);
        }

        if (kind == TikiTokenKind.App && sellerId is not null)
        {
            return (null, TikiErrors.AppTokenRequired);
        }

        var api = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        return services.GetRequiredService<RateLimiter>().TryAcquire(app.AppId, sellerId ?? "-", api)
            ? (new TikiCaller(app, sellerId), null)
            : (null, TikiErrors.RateLimited);
    }
}
