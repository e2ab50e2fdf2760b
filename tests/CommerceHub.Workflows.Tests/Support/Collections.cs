using CommerceHub.Testing;

namespace CommerceHub.Workflows.Tests.Support;

/// <summary>Runtime tests that run steps inline: they share one redis-server (Hangfire client only, for timers).</summary>
[CollectionDefinition(Name)]
public sealed class InlineCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "workflows-inline";
}

/// <summary>Tests that host Hangfire servers. Hangfire keeps static state, so they never run in parallel with each other.</summary>
[CollectionDefinition(Name)]
public sealed class HangfireCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "workflows-hangfire";
}
