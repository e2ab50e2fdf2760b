using System.Net;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Features.StockSync;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.Stock;
using Microsoft.Extensions.DependencyInjection;
using static CommerceHub.HubApi.Tests.Marketplaces.MarketplaceSteps;

namespace CommerceHub.HubApi.Tests.Marketplaces;

[Collection(HubCollection.Name)]
public sealed class ListingSyncTests(MarketplaceHubFixture hub) : IClassFixture<MarketplaceHubFixture>
{
    [Fact]
    public async Task Connecting_a_shop_runs_the_platform_consent_and_creates_its_channel()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var shop = await MarketplaceHubFixture.ConnectAsync(admin, "tiktok", "7494000000000000102", "TH");

        Assert.Equal("active", shop.GetProperty("status").GetString());
        Assert.Equal("THB", shop.GetProperty("currency").GetString());
        var channel = await admin.GetAsync<JsonElement>($"/api/channels/{shop.GetProperty("channelCode").GetString()}");
        Assert.Equal("tiktok", channel.GetProperty("marketplace").GetString());
    }

    [Fact]
    public async Task A_callback_whose_state_the_hub_did_not_issue_is_refused()
    {
        var anonymous = new HubClient(hub.Factory.CreateClient());
        var response = await anonymous.Http.GetAsync("/api/shops/callback/shopee?code=abc&shop_id=600002&state=forged");

        var problem = await HubClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("not issued by this hub", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connecting_a_shop_twice_or_on_an_unknown_platform_is_refused_with_reasons()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        await ShopAsync(admin, "shopee", "600001", "VN");

        await HubClient.ProblemAsync(await admin.PostAsync("/api/shops", new { marketplace = "shopee", shopId = "600001", region = "VN" }), HttpStatusCode.Conflict);
        var invalid = await HubClient.ProblemAsync(await admin.PostAsync("/api/shops", new { marketplace = "ebay", region = "XX" }), HttpStatusCode.BadRequest);
        var errors = invalid.GetProperty("errors");
        Assert.True(errors.TryGetProperty("marketplace", out _));
        Assert.True(errors.TryGetProperty("shopId", out _));
        Assert.True(errors.TryGetProperty("region", out _));
    }

    [Fact]
    public async Task Publishing_creates_one_item_per_shop_with_the_channel_quantity_and_stock_changes_follow_within_seconds()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var shopee = await ShopAsync(admin, "shopee", "600001", "VN");
        var lazada = await ShopAsync(admin, "lazada", "1000101", "VN");
        var product = await CatalogSteps.CreateAsync(admin);
        var sku = product.GetProperty("variants")[0].GetProperty("sku").GetString()!;
        await StockSteps.ReceiveAsync(admin, sku, 40);

        var first = await PublishAndWaitAsync(admin, product, [shopee, lazada]);
        Assert.All(first, l => Assert.Equal("Live", l.GetProperty("state").GetString()));
        await EventuallyAsync(async () => await PlatformStockAsync(Marketplace.Shopee, "600001", first[0], sku) == 40);
        await EventuallyAsync(async () => await PlatformStockAsync(Marketplace.Lazada, "1000101", first[1], sku) == 40);

        await StockSteps.ReceiveAsync(admin, sku, 2);
        await EventuallyAsync(async () => await PlatformStockAsync(Marketplace.Shopee, "600001", first[0], sku) == 42);
        await EventuallyAsync(async () => await PlatformStockAsync(Marketplace.Lazada, "1000101", first[1], sku) == 42);

        // Publishing again updates the same items: never a second listing on the platform.
        var again = await PublishAndWaitAsync(admin, product, [shopee, lazada]);
        Assert.Equal(first.Select(ItemId), again.Select(ItemId));
        Assert.Single(await ItemsWithSkuAsync(Marketplace.Shopee, "600001", sku));
        Assert.Single(await ItemsWithSkuAsync(Marketplace.Lazada, "1000101", sku));
    }

    [Fact]
    public async Task A_product_that_breaks_the_markets_variant_price_rule_is_rejected_with_the_reason_and_no_call()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var shopee = await ShopAsync(admin, "shopee", "600001", "VN");
        var body = Products.Valid();
        var variants = (List<Dictionary<string, object?>>)body["variants"]!;
        variants[1]["priceCny"] = 900m; // more than five times the first variant's 39.90
        var product = await CatalogSteps.CreateAsync(admin, body);

        var listing = (await PublishAndWaitAsync(admin, product, [shopee])).Single();

        Assert.Equal("Rejected", listing.GetProperty("state").GetString());
        Assert.Contains("at most 5", listing.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Empty(await ItemsWithSkuAsync(Marketplace.Shopee, "600001", variants[0]["sku"]!.ToString()!));
    }

    [Fact]
    public async Task A_storm_of_changes_on_one_sku_costs_few_calls_and_ends_on_the_current_quantity()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var tiki = await ShopAsync(admin, "lazada", "1000102", "TH");
        var product = await CatalogSteps.CreateAsync(admin);
        var sku = product.GetProperty("variants")[0].GetProperty("sku").GetString()!;
        await StockSteps.ReceiveAsync(admin, sku, 1_000);
        var listing = (await PublishAndWaitAsync(admin, product, [tiki])).Single();
        await EventuallyAsync(async () => await PlatformStockAsync(Marketplace.Lazada, "1000102", listing, sku) == 1_000);
        var worker = hub.Factory.Services.GetRequiredService<StockSyncWorker>();
        var callsBefore = worker.Counters.Calls;

        // 200 reservations of one unit each, from 8 connections at once.
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => hub.SignInAsync(HubClient.Admin())));
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            await StockSteps.ReserveAsync(clients[i % clients.Length], $"storm-{sku}-{i}", sku, 1));

        await EventuallyAsync(async () => await PlatformStockAsync(Marketplace.Lazada, "1000102", listing, sku) == 800);
        var calls = worker.Counters.Calls - callsBefore;
        Assert.InRange(calls, 1, 100); // coalesced: far fewer calls than the 200 changes
    }

    private static async Task<JsonElement> ShopAsync(HubClient admin, string marketplace, string shopId, string region)
    {
        var shops = await admin.GetAsync<JsonElement>("/api/shops?pageSize=200");
        var existing = shops.GetProperty("items").EnumerateArray()
            .FirstOrDefault(s => s.GetProperty("marketplace").GetString() == marketplace && s.GetProperty("shopId").GetString() == shopId);
        return existing.ValueKind == JsonValueKind.Object ? existing : await MarketplaceHubFixture.ConnectAsync(admin, marketplace, shopId, region);
    }

    private static string ItemId(JsonElement listing) => listing.GetProperty("externalItemId").GetString()!;

    private async Task<List<MarketplaceItem>> ItemsWithSkuAsync(Marketplace marketplace, string shopId, string sku)
    {
        var source = hub.Factory.Services.GetRequiredKeyedService<IItemSource>(marketplace);
        var items = new List<MarketplaceItem>();
        await foreach (var item in source.ListItemsAsync(new ShopRef(marketplace, shopId), new ItemQuery(IncludeDelisted: false)))
        {
            if (item.Sku == sku || item.Variants.Any(v => v.Sku == sku))
            {
                items.Add(item);
            }
        }

        return items;
    }

    private async Task<int?> PlatformStockAsync(Marketplace marketplace, string shopId, JsonElement listing, string sku)
    {
        var item = (await ItemsWithSkuAsync(marketplace, shopId, sku)).SingleOrDefault(i => i.ExternalItemId == ItemId(listing));
        return item is null ? null : item.Variants.FirstOrDefault(v => v.Sku == sku)?.Stock ?? item.Stock;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The condition was not met within {seconds} s.");
            await Task.Delay(100);
        }
    }
}
