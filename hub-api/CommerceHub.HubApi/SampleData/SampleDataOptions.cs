namespace CommerceHub.HubApi.SampleData;

public sealed class SampleDataOptions
{
    public const string Section = "SampleData";

    /// <summary>Seeds an operator, two merchants with users of every role, and a catalog with stock on first start.</summary>
    public bool Enabled { get; set; }

    /// <summary>The password of every sample user; printed on start so a newcomer can sign in.</summary>
    public string Password { get; set; } = "commercehub-demo";
}
