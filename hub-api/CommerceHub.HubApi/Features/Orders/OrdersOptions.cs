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
}

[OptionsValidator]
public sealed partial class OrdersOptionsValidator : IValidateOptions<OrdersOptions>;
