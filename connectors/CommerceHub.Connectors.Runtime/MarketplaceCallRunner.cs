using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace CommerceHub.Connectors.Runtime;

/// <summary>
/// Runs a platform call with the shared rate limiter, a working token and the retry rules:
/// throttled calls are retried (the platform did nothing) and pause the shop on every node; 5xx, network errors and
/// timeouts are retried only for idempotent calls; an expired access token is refreshed once and the call repeated.
/// Each attempt passes the limiter and is signed afresh, which is why retries live here and not in an HTTP handler.
/// </summary>
public sealed class MarketplaceCallRunner
{
    private readonly RedisRateLimiter limiter;
    private readonly TokenRefreshCoordinator tokens;
    private readonly ConnectorRuntimeOptions settings;
    private readonly ILogger<MarketplaceCallRunner> logger;
    private readonly ResiliencePipeline idempotent;
    private readonly ResiliencePipeline unsafeCalls;

    public MarketplaceCallRunner(
        RedisRateLimiter limiter,
        TokenRefreshCoordinator tokens,
        TimeProvider time,
        IOptions<ConnectorRuntimeOptions> options,
        ILogger<MarketplaceCallRunner> logger)
    {
        this.limiter = limiter;
        this.tokens = tokens;
        this.logger = logger;
        settings = options.Value;
        idempotent = Build(time, retryTransient: true);
        unsafeCalls = Build(time, retryTransient: false);
    }

    /// <summary>Runs a shop API call; <paramref name="send"/> gets the token to sign with.</summary>
    public Task<T> RunAsync<T>(ShopRef shop, MarketplaceCall call, Func<ShopToken, CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        var refreshed = false;
        return RunAsync(shop, call, async ct =>
        {
            var token = await tokens.GetTokenAsync(shop, ct);
            try
            {
                return await send(token, ct);
            }
            catch (MarketplaceAuthException ex) when (ex.Failure == AuthFailure.AccessToken && !refreshed)
            {
                // Expired or replaced under us (clock jump, another node's refresh): one refresh, then the same call again.
                refreshed = true;
                Log.AccessTokenRejected(logger, shop.Marketplace, shop.ShopId, call.Api);
                var fresh = await tokens.RefreshAsync(shop, token.AccessToken, ct);
                await limiter.AcquireAsync(call.Limits, ct);
                return await send(fresh, ct);
            }
        }, cancellationToken);
    }

    /// <summary>Runs a call that needs no shop token (token endpoints, public APIs).</summary>
    public async Task<T> RunAsync<T>(ShopRef? shop, MarketplaceCall call, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        var pipeline = call.Idempotent ? idempotent : unsafeCalls;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(CallKey, new CallInfo(shop, call));
        try
        {
            return await pipeline.ExecuteAsync(
                async (ctx, state) =>
                {
                    await limiter.AcquireAsync(state.Limits, ctx.CancellationToken);
                    try
                    {
                        return await send(ctx.CancellationToken);
                    }
                    catch (MarketplaceRateLimitedException ex)
                    {
                        await limiter.PenalizeAsync(state.Limits, ex.RetryAfter ?? settings.RateLimitPause);
                        throw;
                    }
                },
                context,
                call);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// For calls that must not run twice (create a listing, arrange a shipment): after an unclear failure, asks
    /// <paramref name="lookup"/> whether the first attempt took effect, and sends again only if it did not.
    /// </summary>
    public async Task<T> RunCheckedAsync<T>(
        ShopRef shop,
        MarketplaceCall call,
        Func<ShopToken, CancellationToken, Task<T>> send,
        Func<CancellationToken, Task<T?>> lookup,
        CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await RunAsync(shop, call with { Idempotent = false }, send, cancellationToken);
            }
            catch (MarketplaceUnavailableException ex) when (attempt < settings.MaxTransientRetries)
            {
                Log.CheckingAfterUnclearFailure(logger, shop.Marketplace, shop.ShopId, call.Api, ex.HttpStatus);
                if (await RunAsync(shop, call with { Idempotent = true }, (_, ct) => lookup(ct), cancellationToken) is { } done)
                {
                    return done;
                }
            }
        }
    }

    private static readonly ResiliencePropertyKey<CallInfo> CallKey = new("commercehub.call");

    private sealed record CallInfo(ShopRef? Shop, MarketplaceCall Call);

    private ResiliencePipeline Build(TimeProvider time, bool retryTransient)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (settings.MaxRateLimitRetries > 0)
        {
            builder.AddRetry(Retry(new PredicateBuilder().Handle<MarketplaceRateLimitedException>(), settings.MaxRateLimitRetries));
        }

        if (retryTransient && settings.MaxTransientRetries > 0)
        {
            builder.AddRetry(Retry(new PredicateBuilder().Handle<MarketplaceUnavailableException>(), settings.MaxTransientRetries));
        }

        return builder.Build();
    }

    private RetryStrategyOptions Retry(PredicateBuilder<object> handles, int attempts) => new()
    {
        ShouldHandle = handles,
        MaxRetryAttempts = attempts,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = settings.BaseDelay,
        MaxDelay = settings.MaxDelay,
        DelayGenerator = args => ValueTask.FromResult(
            args.Outcome.Exception is MarketplaceRateLimitedException { RetryAfter: { } hint } ? hint : (TimeSpan?)null),
        OnRetry = args =>
        {
            if (args.Context.Properties.TryGetValue(CallKey, out var info))
            {
                var error = args.Outcome.Exception as MarketplaceException;
                Log.Retrying(logger, info.Shop?.Marketplace, info.Shop?.ShopId, info.Call.Api, args.AttemptNumber + 1, error?.HttpStatus, error?.PlatformCode, args.RetryDelay);
            }

            return ValueTask.CompletedTask;
        },
    };
}
