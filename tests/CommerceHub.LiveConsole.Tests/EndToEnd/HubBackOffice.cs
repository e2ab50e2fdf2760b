using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CommerceHub.LiveConsole.Tests.EndToEnd;

/// <summary>
/// What the merchant's admin does before the stream, over the hub's REST API: connects the shops (the platform's consent
/// link, followed as the seller would), puts one product's stock in place and publishes it; and what the test reads
/// back afterwards (stock levels, imported orders).
/// </summary>
public sealed class HubBackOffice(HttpClient http) : IDisposable
{
    public static async Task<HubBackOffice> SignInAsync(Uri hub)
    {
        var http = new HttpClient { BaseAddress = hub };
        var login = await http.PostAsJsonAsync("api/auth/login", new { email = "merchantadmin@pxg-trading.example", password = "commercehub-demo" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new HubBackOffice(http);
    }

    /// <summary>POST /api/shops, then the consent link (the sandbox's shop_id extension stands in for the seller's click); returns the shop id.</summary>
    public async Task<Guid> ConnectAsync(SandboxShop shop)
    {
        var created = await ExpectAsync(await http.PostAsJsonAsync("api/shops", new { marketplace = shop.Marketplace, shopId = shop.ShopId, region = shop.Region }),
            HttpStatusCode.Created);
        var link = created.GetProperty("authorizeUrl").GetString()!;
        using var seller = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var consent = await seller.GetAsync(new Uri($"{link}&shop_id={shop.ShopId}"));
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        // The platform sends the seller back to the hub's public address, which is this hub.
        await ExpectAsync(await http.GetAsync(consent.Headers.Location!.PathAndQuery), HttpStatusCode.OK);
        var id = created.GetProperty("id").GetGuid();
        var connected = await http.GetFromJsonAsync<JsonElement>($"api/shops/{id}");
        Assert.Equal(("active", shop.Channel), (connected.GetProperty("status").GetString(), connected.GetProperty("channelCode").GetString()));
        return id;
    }

    /// <summary>
    /// The first sample product: its first SKU counted down to exactly <paramref name="units"/> in one warehouse, every
    /// other SKU of it to none, so that buyers on the platforms can only buy that one. Returns the product and the SKU.
    /// </summary>
    public async Task<(Guid ProductId, string Sku)> ProductWithExactlyAsync(long units)
    {
        var first = (await http.GetFromJsonAsync<JsonElement>("api/products?pageSize=1")).GetProperty("items")[0];
        var product = await http.GetFromJsonAsync<JsonElement>($"api/products/{first.GetProperty("id").GetGuid()}");
        var skus = product.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("sku").GetString()!).ToList();
        var lines = new List<object>();
        foreach (var sku in skus)
        {
            using var stock = await http.GetAsync($"api/stock/{sku}");
            if (stock.StatusCode == HttpStatusCode.NotFound)
            {
                continue; // Never stocked: nothing to count down.
            }

            var warehouses = (await stock.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warehouses").EnumerateArray()
                .Select(w => w.GetProperty("warehouse").GetString()).ToList();
            lines.AddRange(warehouses.Select((w, i) => new { sku, warehouse = w, quantity = sku == skus[0] && i == 0 ? units : 0, mode = "set" }));
        }

        await ExpectAsync(await http.PostAsJsonAsync("api/stock/adjustments", new { reason = "live console test", lines }), HttpStatusCode.OK);
        Assert.Equal(units, (await StockAsync(skus[0])).Available);
        return (product.GetProperty("id").GetGuid(), skus[0]);
    }

    /// <summary>Publishes the product to the shops and waits until every listing is live; returns the platform item id per shop.</summary>
    public async Task<IReadOnlyList<string>> PublishAsync(Guid productId, IReadOnlyList<Guid> shopIds)
    {
        await ExpectAsync(await http.PostAsJsonAsync("api/listings/publish", new { productIds = new[] { productId }, shopIds }), HttpStatusCode.Accepted);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var listings = (await http.GetFromJsonAsync<JsonElement>($"api/listings?productId={productId}")).GetProperty("items").EnumerateArray().ToList();
            var live = shopIds.Select(id => listings.FirstOrDefault(l => l.GetProperty("shopId").GetGuid() == id && l.GetProperty("state").GetString() == "Live")).ToList();
            if (live.All(l => l.ValueKind == JsonValueKind.Object))
            {
                return [.. live.Select(l => l.GetProperty("externalItemId").GetString()!)];
            }

            Assert.True(DateTime.UtcNow < deadline, $"The listings did not go live: {string.Join("; ", listings.Select(l => l.ToString()))}");
            await Task.Delay(200);
        }
    }

    public async Task<(long OnHand, long Reserved, long Available)> StockAsync(string sku)
    {
        var stock = await http.GetFromJsonAsync<JsonElement>($"api/stock/{sku}");
        return (stock.GetProperty("onHand").GetInt64(), stock.GetProperty("reserved").GetInt64(), stock.GetProperty("available").GetInt64());
    }

    /// <summary>The hub's imported orders of the SKU: platform order id → stock state (Reserved, Refused…).</summary>
    public async Task<Dictionary<string, string>> OrdersAsync(string sku)
    {
        var page = await http.GetFromJsonAsync<JsonElement>($"api/orders?sku={sku}&pageSize=200");
        return page.GetProperty("items").EnumerateArray()
            .ToDictionary(o => o.GetProperty("platformOrderId").GetString()!, o => o.GetProperty("stockState").GetString()!);
    }

    public void Dispose() => http.Dispose();

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            Assert.Fail($"{response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        }

        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
