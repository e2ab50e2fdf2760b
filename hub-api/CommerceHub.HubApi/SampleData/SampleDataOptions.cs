namespace CommerceHub.HubApi.SampleData;

public sealed class SampleDataOptions
{
    public const string Section = "SampleData";

    /// <summary>Seeds an operator, two merchants with users of every role, and a catalog with stock on first start.</summary>
    public bool Enabled { get; set; }

    /// <summary>The password of every sample user; printed on start so a newcomer can sign in.</summary>
    public string Password { get; set; } = "commercehub-demo";

    /// <summary>With sample data, connect the sample merchants to the sandbox's shops and publish part of the catalog there.</summary>
    public bool ConnectSandboxShops { get; set; } = true;

    /// <summary>With sample data, send a few consignments per merchant through the border warehouses (needs the single window on 5110).</summary>
    public bool Consignments { get; set; } = true;

    /// <summary>Buyers' orders per minute the sandbox creates in each sample shop (0: none), so the order flow is visible.</summary>
    public int OrdersPerMinute { get; set; } = 6;
}
