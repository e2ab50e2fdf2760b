using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.HubApi.Tests.Infrastructure;

namespace CommerceHub.HubApi.Tests.Stock;

public static class StockSteps
{
    /// <summary>Creates a product and returns the SKU of its first variant.</summary>
    public static async Task<string> NewSkuAsync(HubClient admin)
    {
        var product = await CatalogSteps.CreateAsync(admin);
        return product.GetProperty("variants")[0].GetProperty("sku").GetString()!; // Every created product has variants.
    }

    public static async Task ReceiveAsync(HubClient client, string sku, long quantity, string warehouse = "PXG")
    {
        var response = await client.PostAsync("/api/stock/receipts", new { lines = new[] { new { sku, warehouse, quantity } } });
        await HubClient.EnsureAsync(response, HttpStatusCode.OK);
    }

    public static async Task<JsonElement> ReserveAsync(HubClient client, string id, string sku, long quantity,
        HttpStatusCode expected = HttpStatusCode.Created, string? purpose = null, string? channel = null)
    {
        var response = await client.PostAsync("/api/stock/reservations",
            new { reservationId = id, purpose, channel, lines = new[] { new { sku, quantity } } });
        await HubClient.EnsureAsync(response, expected);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<(long OnHand, long Reserved, long Available)> LevelsAsync(HubClient client, string sku)
    {
        var stock = await client.GetAsync<JsonElement>($"/api/stock/{sku}");
        return (stock.GetProperty("onHand").GetInt64(), stock.GetProperty("reserved").GetInt64(), stock.GetProperty("available").GetInt64());
    }
}
