using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.HubApi.Tests.Marketplaces;

/// <summary>Steps shared by the tests that drive the hub against the marketplace sandbox.</summary>
public static class MarketplaceSteps
{
    /// <summary>The shop's connection, connecting it first if this hub has not yet.</summary>
    public static async Task<JsonElement> ShopAsync(HubClient admin, string marketplace, string shopId, string region)
    {
        var shops = await admin.GetAsync<JsonElement>("/api/shops?pageSize=200");
        var existing = shops.GetProperty("items").EnumerateArray()
            .FirstOrDefault(s => s.GetProperty("marketplace").GetString() == marketplace && s.GetProperty("shopId").GetString() == shopId);
        return existing.ValueKind == JsonValueKind.Object ? existing : await MarketplaceHubFixture.ConnectAsync(admin, marketplace, shopId, region);
    }

    /// <summary>Publishes the product to the shops and waits until every listing has left Pending.</summary>
    public static async Task<JsonElement[]> PublishAndWaitAsync(HubClient admin, JsonElement product, JsonElement[] shops, Func<Task>? whilePending = null)
    {
        var productId = product.GetProperty("id").GetGuid();
        var response = await admin.PostAsync("/api/listings/publish",
            new { productIds = new[] { productId }, shopIds = shops.Select(s => s.GetProperty("id").GetGuid()).ToArray() });
        await HubClient.EnsureAsync(response, HttpStatusCode.Accepted);
        JsonElement[] listings = [];
        await EventuallyAsync(async () =>
        {
            var page = await admin.GetAsync<JsonElement>($"/api/listings?productId={productId}");
            listings = [.. page.GetProperty("items").EnumerateArray()];
            if (whilePending is not null && listings.Any(l => l.GetProperty("state").GetString() == "Pending"))
            {
                await whilePending();
            }

            return listings.Length == shops.Length && listings.All(l => l.GetProperty("state").GetString() is "Live" or "Rejected");
        });
        return [.. shops.Select(s => listings.Single(l => l.GetProperty("shopId").GetGuid() == s.GetProperty("id").GetGuid()))];
    }

    /// <summary>What the platform shows for the SKU of a listing, read back through the hub's own connector.</summary>
    public static async Task<int?> PlatformStockAsync(MarketplaceHubFixture hub, Marketplace marketplace, string shopId, JsonElement listing, string sku)
    {
        var itemId = listing.GetProperty("externalItemId").GetString();
        var variantId = listing.GetProperty("variants").TryGetProperty(sku, out var v) ? v.GetString() : null;
        var source = hub.Factory.Services.GetRequiredKeyedService<IItemSource>(marketplace);
        await foreach (var item in source.ListItemsAsync(new ShopRef(marketplace, shopId), new ItemQuery(IncludeDelisted: false)))
        {
            if (item.Variants.FirstOrDefault(x => x.ExternalVariantId == variantId && item.ExternalItemId == itemId) is { } variant)
            {
                return variant.Stock;
            }

            // Without variants: the listing's own item, or (Tiki) the variant's own product.
            if (item.Variants.Count == 0 && (item.ExternalItemId == variantId || (item.ExternalItemId == itemId && string.IsNullOrEmpty(variantId))))
            {
                return item.Stock;
            }
        }

        return null;
    }

    /// <summary>The sandbox admin API of one platform.</summary>
    public static HttpClient SandboxAdmin(MarketplaceHubFixture hub, string platform) =>
        new() { BaseAddress = new Uri(hub.Sandbox.BaseUrl(platform), "/__admin/") };

    public static async Task<JsonElement> SandboxPostAsync(HttpClient admin, string path, object body)
    {
        using var response = await admin.PostAsJsonAsync(path, body, HubClient.Json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task EventuallyAsync(Func<Task<bool>> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The condition was not met within {seconds} s.");
            await Task.Delay(100);
        }
    }
}
