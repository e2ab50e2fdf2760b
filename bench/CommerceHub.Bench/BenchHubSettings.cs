namespace CommerceHub.Bench;

/// <summary>
/// Settings every benchmark's hub shares. No customs single window runs beside the benchmarks, so the customs link has
/// an address but never polls, and the sample data declares no consignments.
/// </summary>
internal static class BenchHubSettings
{
    public static IEnumerable<KeyValuePair<string, string?>> WithoutCustoms { get; } = new Dictionary<string, string?>
    {
        ["Customs:SingleWindow:BaseUrl"] = "http://127.0.0.1:5110/",
        ["Customs:SingleWindow:PollInterval"] = "00:00:00",
        ["SampleData:Consignments"] = "false",
    };
}
