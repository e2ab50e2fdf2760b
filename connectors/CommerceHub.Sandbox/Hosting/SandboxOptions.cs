namespace CommerceHub.Sandbox.Hosting;

/// <summary>Bound from the "Sandbox" configuration section.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    public Dictionary<string, PlatformOptions> Platforms { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class PlatformOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Null means the platform's default port; 0 lets the OS pick a free one (tests).</summary>
    public int? Port { get; set; }

    public List<AppOptions> Apps { get; set; } = [];

    public List<ShopOptions> Shops { get; set; } = [];

    public RateLimitOptions RateLimit { get; set; } = new();

    public WebhookOptions Webhooks { get; set; } = new();

    /// <summary>
    /// How long a reviewed request (a Tiki product request) stays in each review state, in milliseconds of sandbox
    /// clock; null keeps the platform's default. Tests shorten it so a review ends in a moment.
    /// </summary>
    public int? ReviewStepMs { get; set; }
}

public sealed class AppOptions
{
    public string AppId { get; set; } = "";

    public string AppSecret { get; set; } = "";

    public string? CallbackUrl { get; set; }
}

public sealed class ShopOptions
{
    public string ShopId { get; set; } = "";

    public string Region { get; set; } = "";

    public string Name { get; set; } = "";
}

public sealed class RateLimitOptions
{
    /// <summary>Calls allowed per app+shop in one window; 0 or less turns the limit off.</summary>
    public int PermitsPerWindow { get; set; } = 1000;

    public double WindowSeconds { get; set; } = 1;

    /// <summary>Tighter limits for single APIs, keyed by path, counted per app+shop+API.</summary>
    public Dictionary<string, int> PerApi { get; set; } = new(StringComparer.Ordinal);
}

public sealed class WebhookOptions
{
    public int MaxAttempts { get; set; } = 5;

    public int FirstRetryDelayMs { get; set; } = 1000;

    public double BackoffFactor { get; set; } = 2;

    public int TimeoutMs { get; set; } = 3000;

    /// <summary>How long pushes are gathered before being sent in reverse when the out-of-order fault is on.</summary>
    public int ReorderWindowMs { get; set; } = 150;
}
