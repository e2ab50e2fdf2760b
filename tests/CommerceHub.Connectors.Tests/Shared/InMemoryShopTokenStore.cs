using System.Collections.Concurrent;
using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.Connectors.Tests.Shared;

/// <summary>Test stand-in for the hub's EF store; one instance shared by several "nodes" plays the shared database.</summary>
internal sealed class InMemoryShopTokenStore : IShopTokenStore
{
    private readonly ConcurrentDictionary<ShopRef, ShopToken> tokens = new();

    public Task<ShopToken?> GetAsync(ShopRef shop, CancellationToken cancellationToken = default) =>
        Task.FromResult(tokens.GetValueOrDefault(shop));

    public Task SaveAsync(ShopToken token, CancellationToken cancellationToken = default)
    {
        tokens[token.Shop] = token;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ShopRef>> ListDueAsync(Marketplace marketplace, DateTimeOffset before, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ShopRef>>([.. tokens.Values
            .Where(t => t.Shop.Marketplace == marketplace && t.State == AuthorizationState.Active && t.AccessExpiresAt < before)
            .Select(t => t.Shop)]);
}
