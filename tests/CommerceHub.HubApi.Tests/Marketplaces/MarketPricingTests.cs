using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Features.Currency;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.HubApi.Tests.Marketplaces;

/// <summary>Publishing prices each market the way its platform accepts: yuan as catalogued in China, whole baht on Shopee Thailand.</summary>
[Collection(HubCollection.Name)]
public sealed class MarketPricingTests(SixShopsHub hub) : IClassFixture<SixShopsHub>
{
    private const decimal CataloguePriceCny = 39.90m; // Products.Valid's first variant

    [Fact]
    public async Task Publish_ToTaobao_LiveAtTheCataloguePriceInYuan()
    {
        var taobao = SixShopsHub.Shops.Single(s => s.Marketplace == Marketplace.Taobao);

        var (sku, listing) = await hub.PublishNewSkuAsync(taobao, ledgerStock: 5);

        Assert.True(listing.GetProperty("state").GetString() == "Live", listing.GetProperty("lastError").ToString());
        var item = await ItemAsync(taobao, listing.GetProperty("externalItemId").GetString()!);
        Assert.Equal((sku, Money.Of(CataloguePriceCny, "CNY"), 5), (item.Sku, item.Price, item.Stock));
    }

    [Fact]
    public async Task Publish_ToShopeeThailand_LiveAtAWholeBahtPrice()
    {
        var shopeeTh = SixShopsHub.Shops.Single(s => s.Marketplace == Marketplace.Shopee && s.Region == "TH");
        var thb = await hub.Admin.GetAsync<List<RateRow>>("/api/currency-rates");
        var exact = CataloguePriceCny / thb.Single(r => r.Currency == "THB").CnyPerUnit;
        Assert.NotEqual(decimal.Truncate(exact), exact); // the starter rate gives a price with satang, which Shopee TH refuses

        var (_, listing) = await hub.PublishNewSkuAsync(shopeeTh, ledgerStock: 5);

        Assert.True(listing.GetProperty("state").GetString() == "Live", listing.GetProperty("lastError").ToString());
        var item = await ItemAsync(shopeeTh, listing.GetProperty("externalItemId").GetString()!);
        Assert.Equal(Money.Of(decimal.Ceiling(exact), "THB"), item.Price);
    }

    [Fact]
    public async Task Publish_NoRateForTheShopsCurrency_RejectedWithTheReasonInsteadOfWaiting()
    {
        var lazadaTh = SixShopsHub.Shops.Single(s => s.Marketplace == Marketplace.Lazada && s.Region == "TH");
        var saved = await RemoveRateAsync("THB");
        try
        {
            var (_, listing) = await hub.PublishNewSkuAsync(lazadaTh, ledgerStock: 5);

            Assert.Equal("Rejected", listing.GetProperty("state").GetString());
            Assert.Contains("has not set a CNY rate for THB", listing.GetProperty("lastError").GetString(), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Null, listing.GetProperty("externalItemId").ValueKind); // nothing was created on Lazada
        }
        finally
        {
            await RestoreRateAsync(saved);
        }
    }

    /// <summary>The hub's API has no way to delete a rate (only to set one), so the test takes it out of the table directly.</summary>
    private async Task<CurrencyRate> RemoveRateAsync(string currency)
    {
        await using var scope = hub.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var rate = await db.Set<CurrencyRate>().AsNoTracking().SingleAsync(r => r.Currency == currency);
        await db.Set<CurrencyRate>().Where(r => r.Currency == currency).ExecuteDeleteAsync();
        return rate;
    }

    private async Task RestoreRateAsync(CurrencyRate rate)
    {
        await using var scope = hub.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        db.Add(rate);
        await db.SaveChangesAsync();
    }

    private async Task<MarketplaceItem> ItemAsync(SandboxShop shop, string itemId)
    {
        var source = hub.Factory.Services.GetRequiredKeyedService<IItemSource>(shop.Marketplace);
        await foreach (var item in source.ListItemsAsync(shop.Ref, new ItemQuery(IncludeDelisted: false)))
        {
            if (item.ExternalItemId == itemId)
            {
                return item;
            }
        }

        throw new Xunit.Sdk.XunitException($"{shop} has no item {itemId}.");
    }

    private sealed record RateRow(string Currency, decimal CnyPerUnit);
}
