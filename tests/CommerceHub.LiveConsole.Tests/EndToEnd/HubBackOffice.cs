using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CommerceHub.HubApi.Contracts.Orders;
using CommerceHub.HubApi.Features.LiveSessions;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CommerceHub.LiveConsole.Tests.EndToEnd;

/// <summary>
/// What happens behind the host's back during the test: the merchant admin's setup, and orders arriving from the
/// channels. Until the order import lands, an order is moved on the ledger the way the import will do it (a flash
/// sale's units claimed through <see cref="IFlashSaleStock"/>, otherwise a reservation over the REST API, then a
/// commit) and announced as an <see cref="OrderEvent"/> array on <c>ch:events:orders</c>.
/// </summary>
public sealed class HubBackOffice(HubHost hub, HttpClient http, Guid merchantId, IConnectionMultiplexer redis)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public Guid MerchantId { get; } = merchantId;

    public static async Task<HubBackOffice> SignInAsync(HubHost hub, IConnectionMultiplexer redis)
    {
        var http = new HttpClient { BaseAddress = hub.BaseUri };
        var login = await http.PostAsJsonAsync("api/auth/login", new { email = "merchantadmin@pxg-trading.example", password = "commercehub-demo" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await http.GetFromJsonAsync<JsonElement>("api/auth/me");
        return new HubBackOffice(hub, http, me.GetProperty("merchantId").GetGuid(), redis);
    }

    public async Task CreateChannelAsync(string code, string marketplace) =>
        await ExpectAsync(await http.PostAsJsonAsync("api/channels", new { code, name = $"{marketplace} live", marketplace }), HttpStatusCode.Created);

    public async Task<JsonElement> StockAsync(string sku) => await http.GetFromJsonAsync<JsonElement>($"api/stock/{sku}");

    /// <summary>The first sample SKU, counted down to exactly <paramref name="units"/> in one warehouse and none elsewhere.</summary>
    public async Task<string> SkuWithExactlyAsync(long units)
    {
        var page = await http.GetFromJsonAsync<JsonElement>("api/stock?pageSize=1");
        var sku = page.GetProperty("items")[0].GetProperty("sku").GetString()!; // Sample data always has stock.
        var warehouses = (await StockAsync(sku)).GetProperty("warehouses").EnumerateArray().Select(w => w.GetProperty("warehouse").GetString()).ToList();
        var lines = warehouses.Select((w, i) => new { sku, warehouse = w, quantity = i == 0 ? units : 0, mode = "set" });
        await ExpectAsync(await http.PostAsJsonAsync("api/stock/adjustments", new { reason = "live console test", lines }), HttpStatusCode.OK);
        return sku;
    }

    /// <summary>One order for <paramref name="quantity"/> units: true when its stock was reserved and committed, false when refused.</summary>
    public async Task<bool> SellAsync(string channel, string sku, int quantity, string platformOrderId)
    {
        string? reservation;
        using (var scope = hub.Services.CreateScope())
        {
            reservation = await scope.ServiceProvider.GetRequiredService<IFlashSaleStock>()
                .TryClaimAsync(MerchantId, channel, sku, quantity, platformOrderId, CancellationToken.None);
        }

        if (reservation is null)
        {
            var reserve = await http.PostAsJsonAsync("api/stock/reservations",
                new { reservationId = $"order-{platformOrderId}", lines = new[] { new { sku, quantity } }, channel });
            reservation = reserve.StatusCode == HttpStatusCode.Conflict ? null : $"order-{platformOrderId}";
            if (reservation is not null)
            {
                await ExpectAsync(reserve, HttpStatusCode.Created);
            }
        }

        if (reservation is not null)
        {
            await ExpectAsync(await http.PostAsJsonAsync($"api/stock/reservations/{reservation}/commit", new { }), HttpStatusCode.OK);
        }

        var kind = reservation is null ? OrderEventKind.ReservationRefused : OrderEventKind.Imported;
        var order = new OrderEvent(MerchantId, Guid.NewGuid(), kind, channel.Split('-')[1], "shop-1", channel, platformOrderId,
            "VND", 79_000m * quantity, 22m * quantity, [new OrderEventLine(sku, quantity, 79_000m)], DateTimeOffset.UtcNow);
        await redis.GetSubscriber().PublishAsync(RedisChannel.Literal("ch:events:orders"), JsonSerializer.Serialize(new[] { order }, Json));
        return reservation is not null;
    }

    private static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            Assert.Fail($"{response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
