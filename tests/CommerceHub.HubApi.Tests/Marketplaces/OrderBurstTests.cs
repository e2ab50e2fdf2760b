using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using CommerceHub.HubApi.Features.Orders;
using CommerceHub.HubApi.Features.StockSync;
using Microsoft.Extensions.DependencyInjection;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.Stock;

namespace CommerceHub.HubApi.Tests.Marketplaces;

/// <summary>
/// List once, sell everywhere, end to end: one pool of three SKUs published to six shops on four platforms, buyers on
/// every shop at once on the same SKUs, orders reaching the hub by push and by polling, stock sync pulling every shop
/// down as the pool drains.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class OrderBurstTests(SixShopsHub hub) : IClassFixture<SixShopsHub>
{
    private const int Pool = 30;

    // Two shops of a platform together could sell 2 × 20 = 40 units of a SKU if stock sync did not pull them down:
    // more than the pool, so "no platform sells more than the pool" is something the hub has to earn. At half an order
    // a second per shop and SKU (9 a second over all shops) the pool drains in about 10 s, and a platform only
    // oversells if the hub takes more than about 20 s from a sale to every shop's new stock.
    private const int OrdersPerShopAndSku = 20;
    private const double OrdersPerSecond = 0.5;

    private readonly ConcurrentDictionary<string, string> lastPolls = new(); // per shop, for the message of a failed wait

    [Fact]
    public async Task Burst_SixShopsOnFourPlatformsSellingTheSameSkus_PoolNeverOversoldEachOrderOnceEveryShopEndsOnTheLedger()
    {
        var admin = hub.Admin;
        var skus = new List<string>();
        var products = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var product = await CatalogSteps.CreateAsync(admin, SixShopsHub.SingleSkuProduct(Products.Unique("B")));
            var sku = product.GetProperty("variants")[0].GetProperty("sku").GetString()!;
            await StockSteps.ReceiveAsync(admin, sku, Pool);
            skus.Add(sku);
            products.Add(product.GetProperty("id").GetGuid());
        }

        var items = await PublishAndWaitAsync(admin, products.Zip(skus).ToDictionary(p => p.First, p => p.Second));
        foreach (var shop in SixShopsHub.Shops)
        {
            await EventuallyAsync(() => Task.FromResult(skus.All(sku => Shown(shop, items[(shop.ShopId, sku)]) == Pool)),
                $"{shop} shows {Pool} of every SKU after publishing");
        }

        var scenarios = new List<(SandboxShop Shop, string Sku, string Id)>();
        foreach (var shop in SixShopsHub.Shops)
        {
            foreach (var sku in skus)
            {
                scenarios.Add((shop, sku, await hub.StartScenarioAsync(shop, items[(shop.ShopId, sku)], OrdersPerShopAndSku, OrdersPerSecond)));
            }
        }

        using var stop = new CancellationTokenSource();
        var violations = new ConcurrentQueue<string>();
        var pollFailures = new ConcurrentQueue<string>();
        var polls = PollEveryShopAsync(pollFailures, stop.Token);
        var watch = WatchAsync(skus, items, violations, stop.Token);
        var reports = new List<(SandboxShop Shop, string Sku, JsonElement Report)>();
        await EventuallyAsync(async () =>
        {
            reports = [.. await Task.WhenAll(scenarios.Select(async s => (s.Shop, s.Sku, await hub.ScenarioAsync(s.Shop, s.Id))))];
            return reports.All(r => r.Report.GetProperty("finished").GetBoolean());
        }, "the buyers' scenarios finish", seconds: 60);

        // Settled: every shop's orders are in the hub, each with its stock decided.
        var sandboxOrders = reports.GroupBy(r => r.Shop).ToDictionary(g => g.Key,
            g => g.SelectMany(r => r.Report.GetProperty("orderIds").EnumerateArray().Select(o => o.GetString()!)).ToHashSet(StringComparer.Ordinal));
        var progress = "";
        await EventuallyAsync(async () =>
        {
            var settled = true;
            var lines = new List<string>();
            foreach (var shop in SixShopsHub.Shops)
            {
                var rows = await hub.OrderRowsAsync(shop, skus);
                settled &= rows.Count >= sandboxOrders[shop].Count && rows.All(o => o.StockState != OrderStockState.None);
                lines.Add($"{shop}: {sandboxOrders[shop].Count} placed, {rows.Count} imported ("
                    + string.Join(", ", rows.GroupBy(o => (o.Status, o.StockState)).Select(g => $"{g.Count()} {g.Key.Status}/{g.Key.StockState}")) + ")");
            }

            progress = string.Join("; ", lines);
            return settled;
        }, () => $"every sandbox order is imported with its stock decided: {progress}; {string.Join("; ", lastPolls.Values)}; "
            + $"stock sync calls {hub.Factory.Services.GetRequiredService<StockSyncWorker>().Counters.Calls}; poll failures: {string.Join(" | ", pollFailures.Take(5))}",
            seconds: 30);
        await stop.CancelAsync();
        await Task.WhenAll(polls, watch);

        // (b) Every order of every shop exactly once.
        var reservedBySku = skus.ToDictionary(s => s, _ => 0);
        foreach (var shop in SixShopsHub.Shops)
        {
            var rows = await hub.OrderRowsAsync(shop, skus);
            Assert.Equal(rows.Count, rows.Select(o => o.PlatformOrderId).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(sandboxOrders[shop].Order(StringComparer.Ordinal), rows.Select(o => o.PlatformOrderId).Order(StringComparer.Ordinal));
            Assert.All(rows, o => Assert.Contains(o.StockState, new[] { OrderStockState.Reserved, OrderStockState.Refused }));
            foreach (var line in rows.Where(o => o.StockState == OrderStockState.Reserved).SelectMany(o => o.Lines))
            {
                reservedBySku[line.Sku] += line.Quantity;
            }
        }

        foreach (var sku in skus)
        {
            // (a) The hub reserved at most the pool; the orders beyond it are flagged, not dropped.
            var sold = reports.Where(r => r.Sku == sku).Sum(r => r.Report.GetProperty("created").GetInt32());
            var (onHand, reserved, available) = await StockSteps.LevelsAsync(admin, sku);
            Assert.Equal((Pool, Math.Min(sold, Pool), Pool - Math.Min(sold, Pool)), (onHand, reserved, available));
            Assert.Equal(reserved, reservedBySku[sku]);

            // (d) No platform sold more of the SKU than the pool holds.
            foreach (var platform in reports.Where(r => r.Sku == sku).GroupBy(r => r.Shop.Platform))
            {
                var units = platform.Sum(r => r.Report.GetProperty("created").GetInt32());
                Assert.True(units <= Pool, $"{platform.Key} sold {units} units of {sku}, more than the pool of {Pool}.");
            }
        }

        Assert.Empty(violations);
        Assert.Empty(pollFailures);

        // (c) Once stock sync settles, every shop shows exactly what the ledger allows its channel.
        var channels = await ChannelCodesAsync(admin);
        foreach (var sku in skus)
        {
            var detail = await admin.GetAsync<JsonElement>($"/api/stock/{sku}");
            var allowed = detail.GetProperty("channels").EnumerateArray()
                .ToDictionary(c => c.GetProperty("channel").GetString()!, c => c.GetProperty("quantity").GetInt64());
            foreach (var shop in SixShopsHub.Shops)
            {
                var should = allowed[channels[shop.ShopId]];
                Assert.Equal(detail.GetProperty("available").GetInt64(), should); // every channel is allocated the whole pool
                await EventuallyAsync(() => Task.FromResult(Shown(shop, items[(shop.ShopId, sku)]) == should),
                    () => $"{shop} shows {should} of {sku} (it shows {Shown(shop, items[(shop.ShopId, sku)])})");
            }
        }
    }

    /// <summary>
    /// Samples, while the burst runs, what each shop shows and the ledger: a shop never shows more than the pool, and the
    /// ledger always balances (reserved + available = on hand, available never below zero).
    /// </summary>
    private async Task WatchAsync(List<string> skus, Dictionary<(string, string), string> items, ConcurrentQueue<string> violations, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var sku in skus)
            {
                var (onHand, reserved, available) = await StockSteps.LevelsAsync(hub.Admin, sku);
                if (onHand != Pool || reserved + available != onHand || available < 0 || reserved > Pool)
                {
                    violations.Enqueue($"{sku}: on hand {onHand}, reserved {reserved}, available {available}");
                }

                foreach (var shop in SixShopsHub.Shops)
                {
                    if (Shown(shop, items[(shop.ShopId, sku)]) is var shown and > Pool)
                    {
                        violations.Enqueue($"{shop} showed {shown} of {sku}, more than the pool of {Pool}");
                    }
                }
            }

            await Task.Delay(200, CancellationToken.None);
        }
    }

    /// <summary>Stands in for the recurring poll (once a minute in the hub) so that polling takes part within the test's seconds.</summary>
    private async Task PollEveryShopAsync(ConcurrentQueue<string> failures, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await Task.WhenAll(SixShopsHub.Shops.Select(async shop =>
            {
                var started = DateTime.UtcNow;
                lastPolls[shop.ShopId] = $"{shop} poll running since {started:HH:mm:ss.fff}";
                try
                {
                    var count = await hub.PollAsync(shop);
                    lastPolls[shop.ShopId] = $"{shop} polled {count} at {started:HH:mm:ss.fff} in {(DateTime.UtcNow - started).TotalMilliseconds:0} ms";
                }
                catch (Exception e)
                {
                    // The recurring job would run again next minute; the test keeps polling, and reports the failure.
                    failures.Enqueue($"poll of {shop}: {e.GetType().Name}: {e.Message}");
                }
            }));
            await Task.Delay(1000, CancellationToken.None);
        }
    }

    private int Shown(SandboxShop shop, string itemId) => hub.Sellable(shop).Where(s => s.ItemId == itemId).Sum(s => s.Stock);

    /// <summary>Publishes the products to every shop and waits until all are Live; returns (shop id, SKU) → the platform's item id.</summary>
    private async Task<Dictionary<(string ShopId, string Sku), string>> PublishAndWaitAsync(HubClient admin, Dictionary<Guid, string> products)
    {
        var response = await admin.PostAsync("/api/listings/publish", new { productIds = products.Keys, shopIds = hub.Connections.Values.ToArray() });
        await HubClient.EnsureAsync(response, HttpStatusCode.Accepted);
        var listings = new List<JsonElement>();
        await EventuallyAsync(async () =>
        {
            listings.Clear();
            foreach (var product in products.Keys)
            {
                var page = await admin.GetAsync<JsonElement>($"/api/listings?productId={product}");
                listings.AddRange(page.GetProperty("items").EnumerateArray());
            }

            return listings.Count == products.Count * SixShopsHub.Shops.Length
                && listings.All(l => l.GetProperty("state").GetString() is "Live" or "Rejected");
        }, () => "every listing is published: " + string.Join("; ", listings.Select(l => $"{l.GetProperty("channel")} {l.GetProperty("state")} {l.GetProperty("lastError")}")), seconds: 60);
        Assert.All(listings, l => Assert.True(l.GetProperty("state").GetString() == "Live", $"{l.GetProperty("channel")}: {l.GetProperty("lastError")}"));
        var shopIds = hub.Connections.ToDictionary(c => c.Value, c => c.Key);
        return listings.ToDictionary(
            l => (shopIds[l.GetProperty("shopId").GetGuid()], products[l.GetProperty("productId").GetGuid()]),
            l => l.GetProperty("externalItemId").GetString()!);
    }

    private static async Task<Dictionary<string, string>> ChannelCodesAsync(HubClient admin)
    {
        var shops = await admin.GetAsync<JsonElement>("/api/shops?pageSize=200");
        return shops.GetProperty("items").EnumerateArray()
            .ToDictionary(s => s.GetProperty("shopId").GetString()!, s => s.GetProperty("channelCode").GetString()!);
    }

    private static Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 30) => EventuallyAsync(condition, () => what, seconds);

    private static async Task EventuallyAsync(Func<Task<bool>> condition, Func<string> what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within {seconds} s: {what()}.");
            await Task.Delay(100);
        }
    }
}
