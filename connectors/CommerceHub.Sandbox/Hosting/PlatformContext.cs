namespace CommerceHub.Sandbox.Hosting;

/// <summary>What a platform app knows about itself: its name, its options and, once started, its URL.</summary>
public sealed class PlatformContext(string name, PlatformOptions options)
{
    public string Name { get; } = name;

    public PlatformOptions Options { get; } = options;

    public Uri? BaseUrl { get; internal set; }
}
