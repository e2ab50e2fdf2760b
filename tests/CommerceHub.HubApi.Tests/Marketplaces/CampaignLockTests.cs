using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Features.Campaigns;
using CommerceHub.HubApi.Features.Orders;
using CommerceHub.HubApi.Features.StockSync;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.Stock;
using Microsoft.Extensions.DependencyInjection;
using static CommerceHub.HubApi.Tests.Marketplaces.MarketplaceSteps;

namespace CommerceHub.HubApi.Tests.Marketplaces;

/// <summary>Stock locked by a platform campaign is held out of the shared pool while it runs and given back when it ends.</summary>
[Collection(HubCollection.Name)]
public sealed class CampaignLockTests(MarketplaceHubFixture hub) : IClassFixture<MarketplaceHubFixture>
{
    [Fact]
    public async Task A_lazada_campaign_lock_lowers_the_other_shops_and_is_given_back_when_it_ends()
    {
        var (admin, sku, shopee, lazada) = await PublishedAsync(20);
        using var sandbox = SandboxAdmin(hub, "Lazada");
        var campaign = await SandboxPostAsync(sandbox, "campaigns", new { shopId = "1000101", itemId = ItemId(lazada), modelId = VariantId(lazada, sku), quantity = 5 });

        Assert.Equal([sku], await SyncLocksAsync(lazada));
        Assert.Equal((20, 5, 15), await StockSteps.LevelsAsync(admin, sku));
        await EventuallyAsync(async () => await PlatformStockAsync(hub, Marketplace.Shopee, "600001", shopee, sku) == 15);
        // Lazada counts the locked units in its quantity: the hub keeps sending them, never less than the lock.
        Assert.Equal(20, await PlatformStockAsync(hub, Marketplace.Lazada, "1000101", lazada, sku));
        Assert.Equal(0, await ReconcileAsync(lazada));
        var open = await LocksAsync(admin, sku);
        Assert.Equal(5, Assert.Single(open).GetProperty("quantity").GetInt32());

        // Syncing again changes nothing: the lock is reserved once.
        Assert.Empty(await SyncLocksAsync(lazada));
        Assert.Equal((20, 5, 15), await StockSteps.LevelsAsync(admin, sku));

        await SandboxPostAsync(sandbox, $"campaigns/{campaign.GetProperty("id").GetString()}/end", new { });
        Assert.Equal([sku], await SyncLocksAsync(lazada));
        Assert.Equal((20, 0, 20), await StockSteps.LevelsAsync(admin, sku));
        await EventuallyAsync(async () => await PlatformStockAsync(hub, Marketplace.Shopee, "600001", shopee, sku) == 20);
        Assert.Equal("Ended", Assert.Single(await LocksAsync(admin, sku)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_shopee_campaigns_reserved_stock_returns_to_the_pool_after_it_ends()
    {
        var (admin, sku, shopee, lazada) = await PublishedAsync(20);
        using var sandbox = SandboxAdmin(hub, "Shopee");
        var campaign = await SandboxPostAsync(sandbox, "campaigns", new { shopId = "600001", itemId = ItemId(shopee), modelId = VariantId(shopee, sku), quantity = 6 });
        Assert.Equal(14, await PlatformStockAsync(hub, Marketplace.Shopee, "600001", shopee, sku)); // Shopee moved 6 into reserved stock

        Assert.Equal([sku], await SyncLocksAsync(shopee));
        Assert.Equal((20, 6, 14), await StockSteps.LevelsAsync(admin, sku));
        await EventuallyAsync(async () => await PlatformStockAsync(hub, Marketplace.Lazada, "1000101", lazada, sku) == 14);
        // Shopee shows the reserved units itself: the hub's push is the share beside them, and nothing has drifted.
        Assert.Equal(0, await ReconcileAsync(shopee));
        await Task.Delay(500);
        Assert.Equal(14, await PlatformStockAsync(hub, Marketplace.Shopee, "600001", shopee, sku));

        await SandboxPostAsync(sandbox, $"campaigns/{campaign.GetProperty("id").GetString()}/end", new { });
        Assert.Equal([sku], await SyncLocksAsync(shopee));
        Assert.Equal((20, 0, 20), await StockSteps.LevelsAsync(admin, sku));
        await EventuallyAsync(async () => await PlatformStockAsync(hub, Marketplace.Lazada, "1000101", lazada, sku) == 20);
        await EventuallyAsync(async () => await PlatformStockAsync(hub, Marketplace.Shopee, "600001", shopee, sku) == 20);
    }

    [Fact]
    public async Task An_order_sold_inside_the_campaign_takes_the_locked_units_not_the_pools()
    {
        var (admin, sku, shopee, lazada) = await PublishedAsync(20);
        using var sandbox = SandboxAdmin(hub, "Lazada");
        var campaign = await SandboxPostAsync(sandbox, "campaigns", new { shopId = "1000101", itemId = ItemId(lazada), modelId = VariantId(lazada, sku), quantity = 5 });
        await SyncLocksAsync(lazada);
        await EventuallyAsync(async () => await PlatformStockAsync(hub, Marketplace.Shopee, "600001", shopee, sku) == 15);

        var scenario = await SandboxPostAsync(sandbox, "scenarios/orders", new { shopId = "1000101", count = 1, quantity = 2, itemId = ItemId(lazada), advanceTo = "pending" });
        Assert.Equal(1, scenario.GetProperty("created").GetInt32());
        await using (var scope = hub.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OrderPolling>().PollShopAsync(Marketplace.Lazada, "1000101", CancellationToken.None);
        }

        var orders = await admin.GetAsync<JsonElement>($"/api/orders?sku={sku}");
        var order = Assert.Single(orders.GetProperty("items").EnumerateArray());
        Assert.Equal("Reserved", order.GetProperty("stockState").GetString());
        Assert.Contains("campaign", order.GetProperty("stockNote").GetString(), StringComparison.Ordinal);
        // The pool did not move: 2 of the 5 locked units now belong to the order, 3 are still locked.
        Assert.Equal((20, 5, 15), await StockSteps.LevelsAsync(admin, sku));
        Assert.Equal(15, await PlatformStockAsync(hub, Marketplace.Shopee, "600001", shopee, sku));

        await SandboxPostAsync(sandbox, $"campaigns/{campaign.GetProperty("id").GetString()}/end", new { });
        await SyncLocksAsync(lazada);
        Assert.Equal((20, 2, 18), await StockSteps.LevelsAsync(admin, sku));
        await EventuallyAsync(async () => await PlatformStockAsync(hub, Marketplace.Shopee, "600001", shopee, sku) == 18);
    }

    /// <summary>A fresh product with <paramref name="stock"/> units of its first SKU, live on a Shopee and a Lazada shop.</summary>
    private async Task<(HubClient Admin, string Sku, JsonElement Shopee, JsonElement Lazada)> PublishedAsync(int stock)
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var shopee = await ShopAsync(admin, "shopee", "600001", "VN");
        var lazada = await ShopAsync(admin, "lazada", "1000101", "VN");
        var product = await CatalogSteps.CreateAsync(admin);
        var sku = product.GetProperty("variants")[0].GetProperty("sku").GetString()!;
        await StockSteps.ReceiveAsync(admin, sku, stock);
        var listings = await PublishAndWaitAsync(admin, product, [shopee, lazada]);
        Assert.All(listings, l => Assert.Equal("Live", l.GetProperty("state").GetString()));
        await EventuallyAsync(async () => await PlatformStockAsync(hub, Marketplace.Shopee, "600001", listings[0], sku) == stock);
        await EventuallyAsync(async () => await PlatformStockAsync(hub, Marketplace.Lazada, "1000101", listings[1], sku) == stock);
        return (admin, sku, listings[0], listings[1]);
    }

    private async Task<IReadOnlyList<string>> SyncLocksAsync(JsonElement listing)
    {
        await using var scope = hub.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CampaignLockSync>().SyncShopAsync(listing.GetProperty("shopId").GetGuid(), CancellationToken.None);
    }

    private async Task<int> ReconcileAsync(JsonElement listing)
    {
        await using var scope = hub.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StockReconciliationJob>().ReconcileShopAsync(listing.GetProperty("shopId").GetGuid(), CancellationToken.None);
    }

    private static async Task<List<JsonElement>> LocksAsync(HubClient admin, string sku) =>
        [.. (await admin.GetAsync<JsonElement>($"/api/campaign-locks?sku={sku}")).GetProperty("items").EnumerateArray()];

    private static string ItemId(JsonElement listing) => listing.GetProperty("externalItemId").GetString()!;

    private static string VariantId(JsonElement listing, string sku) => listing.GetProperty("variants").GetProperty(sku).GetString()!;
}
