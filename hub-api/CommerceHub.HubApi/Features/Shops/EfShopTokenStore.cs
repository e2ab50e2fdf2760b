using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Shops;

/// <summary>
/// Shop tokens for the connectors, shared by every hub node through the database. Tokens are encrypted with a
/// purpose-bound Data Protection protector, so a database dump alone does not give anyone a shop's access.
/// Connectors and refresh jobs act across merchants, hence the unfiltered queries.
/// </summary>
public sealed class EfShopTokenStore(IServiceScopeFactory scopes, IDataProtectionProvider protection) : IShopTokenStore
{
    private readonly IDataProtector _protector = protection.CreateProtector("CommerceHub.ShopTokens.v1");

    public async Task<ShopToken?> GetAsync(ShopRef shop, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var connection = await Find(Db(scope), shop, tracking: false, cancellationToken);
        if (connection?.ProtectedAccessToken is null || connection.ProtectedRefreshToken is null
            || connection.AccessExpiresAt is not { } expires || connection.IssuedAt is not { } issued)
        {
            return null;
        }

        return new ShopToken
        {
            Shop = shop,
            AccessToken = _protector.Unprotect(connection.ProtectedAccessToken),
            RefreshToken = _protector.Unprotect(connection.ProtectedRefreshToken),
            AccessExpiresAt = expires,
            RefreshExpiresAt = connection.RefreshExpiresAt,
            State = connection.State,
            IssuedAt = issued,
        };
    }

    public async Task SaveAsync(ShopToken token, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = Db(scope);
        var connection = await Find(db, token.Shop, tracking: true, cancellationToken)
            ?? throw new InvalidOperationException($"Shop {token.Shop} is not connected to any merchant; connect it before storing tokens.");
        connection.ProtectedAccessToken = _protector.Protect(token.AccessToken);
        connection.ProtectedRefreshToken = _protector.Protect(token.RefreshToken);
        connection.AccessExpiresAt = token.AccessExpiresAt;
        connection.RefreshExpiresAt = token.RefreshExpiresAt;
        connection.IssuedAt = token.IssuedAt;
        connection.State = token.State;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ShopRef>> ListDueAsync(Marketplace marketplace, DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var due = await Db(scope).Set<ShopConnection>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Marketplace == marketplace && s.State == AuthorizationState.Active && s.AccessExpiresAt != null && s.AccessExpiresAt < before)
            .Select(s => s.ShopId)
            .ToListAsync(cancellationToken);
        return [.. due.Select(id => new ShopRef(marketplace, id))];
    }

    private static HubDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<HubDbContext>();

    private static Task<ShopConnection?> Find(HubDbContext db, ShopRef shop, bool tracking, CancellationToken ct)
    {
        var query = db.Set<ShopConnection>().IgnoreQueryFilters();
        return (tracking ? query : query.AsNoTracking())
            .SingleOrDefaultAsync(s => s.Marketplace == shop.Marketplace && s.ShopId == shop.ShopId, ct);
    }
}
