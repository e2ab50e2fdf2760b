using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Orders;

public sealed class OrdersOptions
{
    public const string Section = "Orders";

    /// <summary>Each poll starts this much before the last one ended: platforms index updates a little late.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan PollOverlap { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How far back the first poll of a newly connected shop reaches.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan FirstPollLookback { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Cron of every shop's poll; the default is once a minute.</summary>
    [Required]
    public string PollCron { get; set; } = "* * * * *";

    /// <summary>Pushes one drain pass takes from the inbox.</summary>
    [Range(1, 5000)]
    public int DrainBatchSize { get; set; } = 500;

    /// <summary>Drain passes running side by side on this node; 0 leaves draining to the once-a-minute job (and other nodes).</summary>
    [Range(0, 16)]
    public int DrainLoops { get; set; } = 2;

    /// <summary>How long an idle drain loop waits before looking again when no push arrived on this node.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan DrainIdleWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a pass holds its rows; a node that died mid-pass leaves them to others after this.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan ClaimTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Failed passes after which a push is given up (the shop's poll still brings the order in).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;
}

[OptionsValidator]
public sealed partial class OrdersOptionsValidator : IValidateOptions<OrdersOptions>;
