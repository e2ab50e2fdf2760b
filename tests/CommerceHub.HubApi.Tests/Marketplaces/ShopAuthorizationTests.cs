using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.HubApi.Tests.Infrastructure;

namespace CommerceHub.HubApi.Tests.Marketplaces;

[Collection(HubCollection.Name)]
public sealed class ShopAuthorizationTests(MarketplaceHubFixture hub) : IClassFixture<MarketplaceHubFixture>
{
    [Fact]
    public async Task A_shop_whose_grant_the_platform_revoked_asks_the_merchant_to_reauthorize_and_a_new_consent_heals_it()
    {
        var admin = await hub.SignInAsync(HubClient.Admin("hekou-goods"));
        var shop = await MarketplaceHubFixture.ConnectAsync(admin, "shopee", "600002", "TH");
        var id = shop.GetProperty("id").GetGuid();
        using var sandbox = new HttpClient { BaseAddress = new Uri(hub.Sandbox.BaseUrl("Shopee"), "/__admin/") };
        (await sandbox.PostAsJsonAsync("auth/revoke", new { shopId = "600002" })).EnsureSuccessStatusCode();

        // Any call now meets a dead access token; the runner tries the refresh token, which is dead too.
        await HubClient.EnsureAsync(await admin.PostAsync($"/api/shops/{id}/reconcile", new { }), HttpStatusCode.Accepted);
        var stale = await EventuallyAsync(admin, id, s => s.GetProperty("status").GetString() == "reauthorize");
        Assert.Contains("/api/v2/shop/auth_partner", stale.GetProperty("authorizeUrl").GetString(), StringComparison.Ordinal);

        var healed = await MarketplaceHubFixture.ConsentAsync(admin, "shopee", "600002", stale);
        Assert.Equal("active", healed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, healed.GetProperty("authorizeUrl").ValueKind);
    }

    [Fact]
    public async Task Another_merchant_cannot_see_or_publish_to_a_shop()
    {
        var owner = await hub.SignInAsync(HubClient.Admin("hekou-goods"));
        var shop = await MarketplaceHubFixture.ConnectAsync(owner, "tiktok", "7494000000000000102", "TH");
        var id = shop.GetProperty("id").GetGuid();
        var other = await hub.SignInAsync(HubClient.Admin("pxg-trading"));

        await HubClient.ProblemAsync(await other.Http.GetAsync($"/api/shops/{id}"), HttpStatusCode.NotFound);
        var publish = await other.PostAsync("/api/listings/publish", new { productIds = new[] { Guid.NewGuid() }, shopIds = new[] { id } });
        var problem = await HubClient.ProblemAsync(publish, HttpStatusCode.BadRequest);
        Assert.Contains("is not connected", problem.GetProperty("errors").GetProperty("shopIds")[0].GetString(), StringComparison.Ordinal);
        var list = await other.GetAsync<JsonElement>("/api/shops");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
    }

    private static async Task<JsonElement> EventuallyAsync(HubClient client, Guid id, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var shop = await client.GetAsync<JsonElement>($"/api/shops/{id}");
            if (condition(shop))
            {
                return shop;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Shop {id} did not reach the expected state: {shop}");
            await Task.Delay(200);
        }
    }
}
