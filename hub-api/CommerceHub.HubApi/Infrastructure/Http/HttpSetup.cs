using System.Security.Claims;
using System.Threading.RateLimiting;
using CommerceHub.HubApi.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CommerceHub.HubApi.Infrastructure.Http;

public static class HttpSetup
{
    public const string PerUserPolicy = "per-user";

    /// <summary>ProblemDetails for every error, body size limits, and a per-user rate limit.</summary>
    public static IHostApplicationBuilder AddHubHttp(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(HttpLimitsOptions.Section);
        builder.Services.AddOptions<HttpLimitsOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var limits = section.Get<HttpLimitsOptions>() ?? new HttpLimitsOptions();

        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
            o.Limits.MaxRequestBodySize = limits.MaxUploadBytes);
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = limits.MaxUploadBytes);
        // Binding failures (malformed JSON, wrong types) throw, so the exception handler answers with the reason.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.MaxDepth = 32;
        });

        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                }

                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = 429, Title = "Too many requests",
                        Detail = $"At most {limits.PermitsPerSecond} requests a second per user (bursts of {limits.Burst}); retry shortly.",
                    },
                });
            };
            o.AddPolicy(PerUserPolicy, context => RateLimitPartition.GetTokenBucketLimiter(
                context.User.FindFirstValue(Auth.HubClaims.UserId) ?? context.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.Burst,
                    TokensPerPeriod = limits.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        });
        return builder;
    }

    /// <summary>
    /// JSON bodies are small; uploads may be larger. Anything over its limit is refused with 413 while it is read,
    /// even when the client sends no Content-Length.
    /// </summary>
    public static IApplicationBuilder UseJsonBodyLimit(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var limits = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<HttpLimitsOptions>>().Value;
        if (!context.Request.HasJsonContentType())
        {
            return next(context);
        }

        if (context.Request.ContentLength > limits.MaxJsonBytes)
        {
            throw new BadHttpRequestException(
                $"The JSON body is {context.Request.ContentLength} bytes; at most {limits.MaxJsonBytes} are accepted.",
                StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limits.MaxJsonBytes;
        }

        return next(context);
    });
}

public sealed class HttpLimitsOptions
{
    public const string Section = "Http";

    /// <summary>Largest JSON body an endpoint accepts (catalog writes carry several languages and variants).</summary>
    [System.ComponentModel.DataAnnotations.Range(1024, 16 * 1024 * 1024)]
    public long MaxJsonBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest upload (catalog CSV/XLSX).</summary>
    [System.ComponentModel.DataAnnotations.Range(1024, 256 * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int PermitsPerSecond { get; set; } = 50;

    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int Burst { get; set; } = 100;
}
