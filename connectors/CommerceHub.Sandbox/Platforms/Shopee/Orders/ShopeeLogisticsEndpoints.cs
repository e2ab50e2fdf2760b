using System.Text.Json;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Platforms.Shopee.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace CommerceHub.Sandbox.Platforms.Shopee.Orders;

internal sealed record ShipOrderRequest(string? OrderSn, string? PackageNumber, JsonElement? Pickup, JsonElement? Dropoff, JsonElement? NonIntegrated);

/// <summary>get_shipping_parameter, ship_order (READY_TO_SHIP → PROCESSED) and get_tracking_number.</summary>
internal static class ShopeeLogisticsEndpoints
{
    private const long SandboxAddressId = 200_001;

    public static void Map(RouteGroupBuilder shopApi)
    {
        shopApi.MapGet("/logistics/get_shipping_parameter", GetShippingParameter);
        shopApi.MapPost("/logistics/ship_order", ShipOrder);
        shopApi.MapGet("/logistics/get_tracking_number", GetTrackingNumber);
    }

    private static IResult GetShippingParameter(HttpContext http, ShopeeOrderBook orders, ShopeeCatalog catalog, SandboxClock clock, [FromQuery(Name = "order_sn")] string? orderSn)
    {
        var caller = ShopeeCaller.From(http);
        if (string.IsNullOrEmpty(orderSn) || orders.Find(caller.ShopId, orderSn) is not { } order)
        {
            return ShopeeJson.Error(ShopeeErrors.OrderNotFound);
        }

        lock (order.Gate)
        {
            if (order.Status is not (ShopeeOrderStatus.ReadyToShip or ShopeeOrderStatus.RetryShip))
            {
                return ShopeeJson.Error(ShopeeErrors.OrderStatus);
            }
        }

        var region = catalog.Shop(caller.ShopId)!.Region; // The order was found in this shop.
        var tomorrow = clock.GetUtcNow().Date.AddDays(1);
        return ShopeeJson.Ok(new
        {
            InfoNeeded = new { Dropoff = Array.Empty<string>(), Pickup = new[] { "address_id", "pickup_time_id" }, NonIntegrated = Array.Empty<string>() },
            Pickup = new
            {
                AddressList = new[]
                {
                    new
                    {
                        AddressId = SandboxAddressId,
                        Region = region,
                        State = "Sandbox State",
                        City = "Sandbox City",
                        District = "Sandbox District",
                        Town = "",
                        Address = "1 Warehouse Road",
                        Zipcode = "10000",
                        AddressFlag = new[] { "default_address", "pickup_address" },
                        TimeSlotList = new[]
                        {
                            new { Date = new DateTimeOffset(tomorrow).ToUnixTimeSeconds(), TimeText = "09:00-12:00", PickupTimeId = $"{new DateTimeOffset(tomorrow).ToUnixTimeSeconds()}" },
                        },
                    },
                },
            },
        });
    }

    private static async Task<IResult> ShipOrder(HttpContext http, ShopeeOrderBook orders)
    {
        var caller = ShopeeCaller.From(http);
        var body = await ShopeeJson.ReadAsync<ShipOrderRequest>(http.Request);
        if (body?.OrderSn is not { Length: > 0 } orderSn)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("order_sn is required"));
        }

        var modes = new[] { body.Pickup, body.Dropoff, body.NonIntegrated }.Count(m => m is { ValueKind: JsonValueKind.Object });
        if (modes != 1)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("exactly one of pickup, dropoff or non_integrated is required"));
        }

        if (body.Pickup is { } pickup && (!pickup.TryGetProperty("address_id", out _) || !pickup.TryGetProperty("pickup_time_id", out _)))
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("pickup needs address_id and pickup_time_id"));
        }

        if (orders.Find(caller.ShopId, orderSn) is null)
        {
            return ShopeeJson.Error(ShopeeErrors.OrderNotFound);
        }

        var tracking = TrackingFrom(body.NonIntegrated) ?? TrackingFrom(body.Dropoff) ?? TrackingFrom(body.Pickup);
        return orders.Move(caller.ShopId, orderSn, ShopeeOrderStatus.Processed, tracking)
            ? ShopeeJson.Ok()
            : ShopeeJson.Error(ShopeeErrors.OrderStatus);
    }

    private static IResult GetTrackingNumber(HttpContext http, ShopeeOrderBook orders, [FromQuery(Name = "order_sn")] string? orderSn)
    {
        var caller = ShopeeCaller.From(http);
        if (string.IsNullOrEmpty(orderSn) || orders.Find(caller.ShopId, orderSn) is not { } order)
        {
            return ShopeeJson.Error(ShopeeErrors.OrderNotFound);
        }

        lock (order.Gate)
        {
            // Until the shipment is arranged the number is empty, as on Shopee; clients poll.
            return ShopeeJson.Ok(new { order.TrackingNumber, PlpNumber = "", FirstMileTrackingNumber = "", LastMileTrackingNumber = "", Hint = "" });
        }
    }

    private static string? TrackingFrom(JsonElement? mode) =>
        mode is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty("tracking_number", out var value)
            && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } tracking
            ? tracking
            : null;
}
