using System.Net;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.Stock;
using Microsoft.Extensions.DependencyInjection;
using static CommerceHub.HubApi.Tests.Marketplaces.MarketplaceSteps;

namespace CommerceHub.HubApi.Tests.Marketplaces;

/// <summary>Tiki reviews product requests asynchronously; the sandbox decides after five steps of <see cref="MarketplaceHubFixture.TikiReviewStepMs"/>.</summary>
[Collection(HubCollection.Name)]
public sealed class TikiPublishingTests(MarketplaceHubFixture hub) : IClassFixture<MarketplaceHubFixture>
{
    [Fact]
    public async Task Publishing_to_tiki_waits_for_the_review_then_goes_live_and_stock_follows()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var tiki = await ShopAsync(admin, "tiki", "1000001", "VN");
        var product = await CatalogSteps.CreateAsync(admin);
        var skus = product.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("sku").GetString()!).ToList();
        await StockSteps.ReceiveAsync(admin, skus[0], 30);

        var published = await admin.PostAsync("/api/listings/publish", new { productIds = new[] { product.GetProperty("id").GetGuid() }, shopIds = new[] { tiki.GetProperty("id").GetGuid() } });
        await HubClient.EnsureAsync(published, HttpStatusCode.Accepted);
        var pending = await ListingAsync(admin, product, l => l.GetProperty("state").GetString() == "Pending" && l.GetProperty("lastError").GetString() is not null);
        Assert.Contains("awaiting Tiki review", pending.GetProperty("lastError").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("externalItemId").ValueKind);

        var live = await DecidedAsync(admin, product);
        Assert.Equal("Live", live.GetProperty("state").GetString());
        var productIds = skus.Select(s => live.GetProperty("variants").GetProperty(s).GetString()!).ToList();
        Assert.Equal(2, productIds.Distinct().Count()); // every Tiki variant is a product of its own
        await EventuallyAsync(async () => await PlatformStockAsync(hub, Marketplace.Tiki, "1000001", live, skus[0]) == 30);
        await EventuallyAsync(async () => await PlatformStockAsync(hub, Marketplace.Tiki, "1000001", live, skus[1]) == 0);

        await StockSteps.ReceiveAsync(admin, skus[0], 5);
        await EventuallyAsync(async () => await PlatformStockAsync(hub, Marketplace.Tiki, "1000001", live, skus[0]) == 35);

        // Publishing again sends no second request: the same products stay live.
        var again = await PublishAndWaitAsync(admin, product, [tiki]);
        Assert.Equal("Live", again[0].GetProperty("state").GetString());
        Assert.Equal(live.GetProperty("externalItemId").GetString(), again[0].GetProperty("externalItemId").GetString());
        Assert.Equal(2, await TikiProductCountAsync("1000001", skus));
    }

    [Fact]
    public async Task A_request_tiki_rejects_leaves_the_listing_rejected_with_tikis_reason()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var tiki = await ShopAsync(admin, "tiki", "1000002", "VN");
        // Whole dong and no markup, so a cheap product reaches Tiki below its minimum price.
        var profile = await admin.PutAsync($"/api/shops/{tiki.GetProperty("id").GetGuid()}/listing-profile",
            new { language = "vi", markupPercent = 0, roundTo = 1, defaultCategoryId = "8322" });
        await HubClient.EnsureAsync(profile, HttpStatusCode.OK);
        var body = Products.Valid();
        foreach (var variant in (List<Dictionary<string, object?>>)body["variants"]!)
        {
            variant["priceCny"] = 0.05m;
        }

        var product = await CatalogSteps.CreateAsync(admin, body);
        var published = await admin.PostAsync("/api/listings/publish", new { productIds = new[] { product.GetProperty("id").GetGuid() }, shopIds = new[] { tiki.GetProperty("id").GetGuid() } });
        await HubClient.EnsureAsync(published, HttpStatusCode.Accepted);
        var pending = await ListingAsync(admin, product, l => l.GetProperty("state").GetString() == "Pending" && l.GetProperty("lastError").GetString() is not null);
        Assert.Contains("awaiting Tiki review", pending.GetProperty("lastError").GetString(), StringComparison.OrdinalIgnoreCase);

        var rejected = await DecidedAsync(admin, product);

        Assert.Equal("Rejected", rejected.GetProperty("state").GetString());
        Assert.Contains("Price is too low", rejected.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, rejected.GetProperty("externalItemId").ValueKind);
    }

    /// <summary>Waits for the poll job the publish scheduled (every Listings:Review:PollInterval) to see Tiki's decision.</summary>
    private static Task<JsonElement> DecidedAsync(HubClient admin, JsonElement product) =>
        ListingAsync(admin, product, l => l.GetProperty("state").GetString() is "Live" or "Rejected");

    private static async Task<JsonElement> ListingAsync(HubClient admin, JsonElement product, Func<JsonElement, bool> wanted)
    {
        JsonElement found = default;
        await EventuallyAsync(async () =>
        {
            var page = await admin.GetAsync<JsonElement>($"/api/listings?productId={product.GetProperty("id").GetGuid()}");
            found = page.GetProperty("items").EnumerateArray().SingleOrDefault();
            return found.ValueKind == JsonValueKind.Object && wanted(found);
        }, seconds: 60);
        return found;
    }

    private async Task<int> TikiProductCountAsync(string shopId, IReadOnlyList<string> skus)
    {
        var source = hub.Factory.Services.GetRequiredKeyedService<IItemSource>(Marketplace.Tiki);
        var count = 0;
        await foreach (var item in source.ListItemsAsync(new ShopRef(Marketplace.Tiki, shopId), new ItemQuery()))
        {
            count += skus.Contains(item.Sku) ? 1 : 0;
        }

        return count;
    }
}
