using CommerceHub.Testing;

namespace CommerceHub.Inventory.Tests.Support;

/// <summary>One redis-server for the ledger tests; each test uses its own merchant id.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}
