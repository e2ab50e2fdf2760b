namespace CommerceHub.LiveConsole.Tests.EndToEnd;

/// <summary>
/// The end-to-end tests run one after the other: each hosts a whole hub (Hangfire keeps static state) and a Chromium,
/// and two at once on two cores would only slow each other down.
/// </summary>
[CollectionDefinition(Collection, DisableParallelization = true)]
public sealed class BrowserTests
{
    public const string Collection = "browser";
}
