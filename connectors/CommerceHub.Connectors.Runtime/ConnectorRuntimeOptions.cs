using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Runtime;

/// <summary>Retry, refresh and lock settings shared by all connectors ("Connectors:Runtime").</summary>
public sealed class ConnectorRuntimeOptions
{
    public const string Section = "Connectors:Runtime";

    /// <summary>Retries of idempotent calls after a 5xx, network error or timeout.</summary>
    [Range(0, 10)]
    public int MaxTransientRetries { get; set; } = 3;

    /// <summary>Retries after the platform throttled a call. Throttled calls did nothing, so every call may be retried.</summary>
    [Range(0, 50)]
    public int MaxRateLimitRetries { get; set; } = 12;

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long every node pauses a shop's calls after a throttle that came without Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RateLimitPause { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A token this close to expiry is refreshed before use rather than sent.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ExpirySkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Lease of the refresh lock; longer than one refresh call with its timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RefreshLockTtl { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a caller waits for another node's refresh to finish.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RefreshLockWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a push is remembered for de-duplication (Shopee redelivers for up to 3 days).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan PushMemory { get; set; } = TimeSpan.FromDays(3);
}

/// <summary>Source-generated check of the ranges above, run at start-up.</summary>
[OptionsValidator]
public sealed partial class ConnectorRuntimeOptionsValidator : IValidateOptions<ConnectorRuntimeOptions>;
