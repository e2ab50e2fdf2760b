using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Features.LiveSessions;
using CommerceHub.HubApi.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.HubApi.Tests.LiveSessions;

/// <summary>What the host is told, and what the platforms show, when a flash sale's units or the whole pool run out.</summary>
[Collection(HubCollection.Name)]
public sealed class FlashSaleSellOutTests(HubFixture hub)
{
    [Fact]
    public async Task SaleUnitsClaimed_PoolHasMore_SaysTheSaleSoldOut_SaleTookAll_SaysSoldOutOnceAtTheEnd()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var host = await hub.SignInAsync(HubClient.Host());
        var partial = await LiveSteps.SessionAsync(admin, stock: 100);
        var whole = await LiveSteps.SessionAsync(admin, stock: 10);
        await using var partialConsole = await LiveSteps.ConnectAsync(hub.Factory, host);
        await using var wholeConsole = await LiveSteps.ConnectAsync(hub.Factory, host);
        var partialAlerts = LiveSteps.Collect<LiveAlert>(partialConsole, nameof(ILiveClient.Alert));
        var wholeAlerts = LiveSteps.Collect<LiveAlert>(wholeConsole, nameof(ILiveClient.Alert));
        await partialConsole.InvokeAsync<LiveSessionState>(nameof(ILiveHub.JoinSession), partial.SessionId);
        await wholeConsole.InvokeAsync<LiveSessionState>(nameof(ILiveHub.JoinSession), whole.SessionId);

        // Both sales count down at once; the second takes every unit of its SKU, which empties the pool.
        var sales = await Task.WhenAll(StartAsync(host, partial, 4), StartAsync(host, whole, 10));
        await Task.Delay(sales.Max(s => s.StartsAt) - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200));
        Assert.DoesNotContain(wholeAlerts, a => a.Kind is LiveAlertKind.SoldOut or LiveAlertKind.LowStock);

        // One sale's orders one after the other, so that exactly one of them takes the last unit; the two sales at once.
        await Task.WhenAll(ClaimAllAsync(partial, (3, "p-1"), (1, "p-2")), ClaimAllAsync(whole, (6, "w-1"), (4, "w-2")));
        await LiveSteps.WaitForAsync(() => !partialAlerts.IsEmpty && !wholeAlerts.IsEmpty, "the sell-out alerts");

        var saleSoldOut = Assert.Single(partialAlerts);
        Assert.Equal((LiveAlertKind.FlashSaleSoldOut, partial.Skus[0]), (saleSoldOut.Kind, saleSoldOut.Sku));
        Assert.Contains("96 left at the regular price", saleSoldOut.Message, StringComparison.Ordinal);
        var soldOut = Assert.Single(wholeAlerts);
        Assert.Equal((LiveAlertKind.SoldOut, whole.Skus[0]), (soldOut.Kind, soldOut.Sku));
        Assert.Contains("every channel", soldOut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlashSale_TheSessionsPlatformsKeepShowingItsUnits_OtherChannelsOnlyThePool()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var setup = await LiveSteps.SessionAsync(admin, stock: 50);
        var outside = await LiveSteps.NewChannelAsync(admin, "lazada");
        var sku = setup.Skus[0];

        await StartAsync(admin, setup, 30);
        var during = await ChannelQuantitiesAsync(admin, sku);
        await HubClient.EnsureAsync(await admin.PostAsync(LiveRoutes.End(setup.SessionId), new { }), HttpStatusCode.OK);
        var after = await ChannelQuantitiesAsync(admin, sku);

        Assert.Equal((50L, 50L, 20L), (during[setup.Channels[0]], during[setup.Channels[1]], during[outside]));
        Assert.Equal((50L, 50L, 50L), (after[setup.Channels[0]], after[setup.Channels[1]], after[outside]));
    }

    private static async Task<FlashSaleState> StartAsync(HubClient host, LiveSetup setup, int units)
    {
        var started = await host.PostAsync(LiveRoutes.FlashSales(setup.SessionId),
            new StartFlashSaleRequest(10, 5, [new FlashSaleItemRequest(setup.Skus[0], units, 9.90m)]));
        await HubClient.EnsureAsync(started, HttpStatusCode.Created);
        return (await started.Content.ReadFromJsonAsync<FlashSaleState>(HubClient.Json))!;
    }

    private async Task ClaimAllAsync(LiveSetup setup, params (int Quantity, string Order)[] orders)
    {
        foreach (var (quantity, order) in orders)
        {
            await using var scope = hub.Factory.Services.CreateAsyncScope();
            var claim = await scope.ServiceProvider.GetRequiredService<IFlashSaleStock>()
                .TryClaimAsync(setup.MerchantId, setup.Channels[0], setup.Skus[0], quantity, order, CancellationToken.None);
            Assert.NotNull(claim);
        }
    }

    private static async Task<Dictionary<string, long>> ChannelQuantitiesAsync(HubClient admin, string sku)
    {
        var detail = await admin.GetAsync<JsonElement>($"/api/stock/{sku}");
        return detail.GetProperty("channels").EnumerateArray()
            .ToDictionary(c => c.GetProperty("channel").GetString()!, c => c.GetProperty("quantity").GetInt64());
    }
}
