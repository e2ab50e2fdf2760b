using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Consignments;

/// <summary>
/// The single window the hub declares to (Customs:SingleWindow), the enterprise it declares as, and the route timings.
/// The parties' codes default to the sandbox's sample enterprise.
/// </summary>
public sealed class CustomsOptions
{
    public const string Section = "Customs:SingleWindow";

    public Uri? BaseUrl { get; set; }

    /// <summary>The enterprise's DXP node id; the single window keys receipts by it.</summary>
    public string DxpId { get; set; } = "DXPENT0000000001";

    /// <summary>The transmitting enterprise (BaseTransfer copCode/copName).</summary>
    public string CopCode { get; set; } = "4501960001";

    public string CopName { get; set; } = "凭祥边贸电商有限公司";

    public string PlatformCode { get; set; } = "4403960ABC";

    public string PlatformName { get; set; } = "深圳跨境平台有限公司";

    public string LogisticsCode { get; set; } = "4501980002";

    public string LogisticsName { get; set; } = "凭祥陆运物流有限公司";

    public string AgentCode { get; set; } = "4501980003";

    public string AgentName { get; set; } = "凭祥报关代理有限公司";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often receipts are polled; zero turns polling off (receipts then come only by push).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A list not released within this time escalates (timeline entry and board event), then waits again.</summary>
    public TimeSpan ReleaseSla { get; set; } = TimeSpan.FromHours(24);
}

internal sealed class CustomsOptionsValidator : IValidateOptions<CustomsOptions>
{
    public ValidateOptionsResult Validate(string? name, CustomsOptions options)
    {
        var failures = new List<string>();
        if (options.BaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{CustomsOptions.Section}:BaseUrl must be an absolute http(s) URL of the single window.");
        }

        foreach (var (field, value) in new[] { ("DxpId", options.DxpId), ("CopCode", options.CopCode), ("CopName", options.CopName),
                     ("PlatformCode", options.PlatformCode), ("PlatformName", options.PlatformName), ("LogisticsCode", options.LogisticsCode),
                     ("LogisticsName", options.LogisticsName), ("AgentCode", options.AgentCode), ("AgentName", options.AgentName) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                failures.Add($"{CustomsOptions.Section}:{field} is required.");
            }
        }

        if (options.Timeout <= TimeSpan.Zero || options.PollInterval < TimeSpan.Zero || options.ReleaseSla <= TimeSpan.Zero)
        {
            failures.Add($"{CustomsOptions.Section}: Timeout and ReleaseSla must be positive, PollInterval zero or more.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
