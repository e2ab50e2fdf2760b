using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.HubApi.Tests.Shops;

[Collection(HubCollection.Name)]
public sealed class ShopTokenStoreTests(HubFixture hub)
{
    [Fact]
    public async Task SaveAsync_ConnectedShop_StoresEncryptedAndReadsBack()
    {
        var shop = await ConnectAsync(Marketplace.Shopee);
        var token = Token(shop, "access-plain-text", "refresh-plain-text", DateTimeOffset.UtcNow.AddHours(4));

        await using (var scope = hub.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IShopTokenStore>().SaveAsync(token);
        }

        await using var read = hub.Factory.Services.CreateAsyncScope();
        var stored = await read.ServiceProvider.GetRequiredService<IShopTokenStore>().GetAsync(shop);
        Assert.Equal("access-plain-text", stored?.AccessToken);
        Assert.Equal("refresh-plain-text", stored?.RefreshToken);
        var row = await read.ServiceProvider.GetRequiredService<HubDbContext>().Set<ShopConnection>().IgnoreQueryFilters()
            .SingleAsync(s => s.ShopId == shop.ShopId);
        Assert.DoesNotContain("plain-text", row.ProtectedAccessToken, StringComparison.Ordinal);
        Assert.DoesNotContain("plain-text", row.ProtectedRefreshToken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListDueAsync_ReturnsOnlyActiveShopsExpiringBeforeTheBound()
    {
        var soon = await ConnectAsync(Marketplace.Lazada);
        var later = await ConnectAsync(Marketplace.Lazada);
        var lost = await ConnectAsync(Marketplace.Lazada);
        await using (var scope = hub.Factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IShopTokenStore>();
            await store.SaveAsync(Token(soon, "a", "r", DateTimeOffset.UtcNow.AddMinutes(10)));
            await store.SaveAsync(Token(later, "a", "r", DateTimeOffset.UtcNow.AddDays(3)));
            await store.SaveAsync(Token(lost, "a", "r", DateTimeOffset.UtcNow.AddMinutes(5)) with { State = AuthorizationState.ReauthorizationRequired });
        }

        await using var read = hub.Factory.Services.CreateAsyncScope();
        var due = await read.ServiceProvider.GetRequiredService<IShopTokenStore>().ListDueAsync(Marketplace.Lazada, DateTimeOffset.UtcNow.AddHours(1));

        Assert.Contains(soon, due);
        Assert.DoesNotContain(later, due);
        Assert.DoesNotContain(lost, due);
    }

    [Fact]
    public async Task SaveAsync_UnconnectedShop_Refuses()
    {
        await using var scope = hub.Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IShopTokenStore>();
        var stranger = new ShopRef(Marketplace.Tiki, $"unknown-{Guid.NewGuid():N}");

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(Token(stranger, "a", "r", DateTimeOffset.UtcNow.AddHours(1))));
        Assert.Null(await store.GetAsync(stranger));
    }

    private async Task<ShopRef> ConnectAsync(Marketplace marketplace)
    {
        await using var scope = hub.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var merchant = await db.Merchants.FirstAsync();
        var connection = new ShopConnection { MerchantId = merchant.Id, Marketplace = marketplace, ShopId = Guid.NewGuid().ToString("N")[..12], Region = "VN", Currency = "VND", ChannelCode = "test-" + Guid.NewGuid().ToString("N")[..8], CreatedAt = DateTimeOffset.UtcNow };
        db.Set<ShopConnection>().Add(connection);
        await db.SaveChangesAsync();
        return new ShopRef(marketplace, connection.ShopId);
    }

    private static ShopToken Token(ShopRef shop, string access, string refresh, DateTimeOffset expires) => new()
    {
        Shop = shop, AccessToken = access, RefreshToken = refresh, AccessExpiresAt = expires,
        RefreshExpiresAt = expires.AddDays(30), IssuedAt = DateTimeOffset.UtcNow,
    };
}
