using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Features.LiveSessions;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.Stock;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.HubApi.Tests.LiveSessions;

[Collection(HubCollection.Name)]
public sealed class FlashSaleTests(HubFixture hub)
{
    [Fact]
    public async Task StartFlashSale_OutsideTikTokLimits_AnswersValidationProblemPerField()
    {
        var host = await hub.SignInAsync(HubClient.Host());
        var admin = await hub.SignInAsync(HubClient.Admin());
        var setup = await LiveSteps.SessionAsync(admin);

        var tooShort = await host.PostAsync(LiveRoutes.FlashSales(setup.SessionId),
            new StartFlashSaleRequest(5, 21, [new FlashSaleItemRequest("NOT-IN-LINEUP", 0, 0m)]));
        var tooMany = await host.PostAsync(LiveRoutes.FlashSales(setup.SessionId),
            new StartFlashSaleRequest(301, 0, [.. Enumerable.Range(0, 101).Select(i => new FlashSaleItemRequest(setup.Skus[0], 1, 1m))]));

        var errors = (await HubClient.ProblemAsync(tooShort, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("countdownSeconds", out _));
        Assert.True(errors.TryGetProperty("durationMinutes", out _));
        Assert.Equal(3, errors.GetProperty("items").GetArrayLength());
        var many = (await HubClient.ProblemAsync(tooMany, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("1 to 100", many.GetProperty("items")[0].GetString());
        Assert.Equal((0L, 100L), await ReservedAndAvailableAsync(admin, setup.Skus[0]));
    }

    [Fact]
    public async Task FlashSale_ReservesAtOnce_OrdersClaimOnceOpen_EndReturnsTheRest_EndJobIsSafeTwice()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var host = await hub.SignInAsync(HubClient.Host());
        var setup = await LiveSteps.SessionAsync(admin);
        var sku = setup.Skus[0];

        var started = await host.PostAsync(LiveRoutes.FlashSales(setup.SessionId), new StartFlashSaleRequest(10, 5, [new FlashSaleItemRequest(sku, 30, 19.90m)]));
        await HubClient.EnsureAsync(started, HttpStatusCode.Created);
        var sale = (await started.Content.ReadFromJsonAsync<FlashSaleState>(HubClient.Json))!;
        Assert.Equal((FlashSaleStatus.Countdown, 30, 30), (sale.Status, sale.Items[0].Allocated, sale.Items[0].Remaining));
        Assert.Equal(TimeSpan.FromMinutes(5), sale.EndsAt - sale.StartsAt);
        Assert.Equal((30L, 70L), await ReservedAndAvailableAsync(admin, sku));
        var second = await host.PostAsync(LiveRoutes.FlashSales(setup.SessionId), new StartFlashSaleRequest(10, 5, [new FlashSaleItemRequest(setup.Skus[1], 1, 9m)]));
        await HubClient.ProblemAsync(second, HttpStatusCode.Conflict);

        // During the countdown no order gets sale stock; once open, orders on the session's channels do.
        Assert.Null(await ClaimAsync(setup, setup.Channels[0], sku, 5, "order-early"));
        await Task.Delay(sale.StartsAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200));
        var claim = await ClaimAsync(setup, setup.Channels[0], sku, 5, "order-1");
        var again = await ClaimAsync(setup, setup.Channels[0], sku, 5, "order-1");
        var otherChannel = await ClaimAsync(setup, "not-in-session", sku, 1, "order-2");
        var otherSku = await ClaimAsync(setup, setup.Channels[1], setup.Skus[1], 1, "order-3");
        var tooMany = await ClaimAsync(setup, setup.Channels[1], sku, 26, "order-4");

        Assert.NotNull(claim);
        Assert.Equal(claim, again);
        Assert.Null(otherChannel);
        Assert.Null(otherSku);
        Assert.Null(tooMany);
        var reservation = await admin.GetAsync<JsonElement>($"/api/stock/reservations/{claim}");
        Assert.Equal(5, reservation.GetProperty("lines")[0].GetProperty("remaining").GetInt64());
        Assert.Equal((30L, 70L), await ReservedAndAvailableAsync(admin, sku));

        var ended = await host.PostAsync($"{LiveRoutes.EndFlashSale(setup.SessionId, sale.FlashSaleId)}", new { });
        await HubClient.EnsureAsync(ended, HttpStatusCode.OK);
        var final = (await ended.Content.ReadFromJsonAsync<FlashSaleState>(HubClient.Json))!;
        Assert.Equal((FlashSaleStatus.Ended, 5, 0), (final.Status, final.Items[0].Sold, final.Items[0].Remaining));
        Assert.Equal((5L, 95L), await ReservedAndAvailableAsync(admin, sku));

        await RunEndJobAsync(setup.MerchantId, sale.FlashSaleId);
        await RunEndJobAsync(setup.MerchantId, sale.FlashSaleId);
        Assert.Equal((5L, 95L), await ReservedAndAvailableAsync(admin, sku));
        Assert.Null(await ClaimAsync(setup, setup.Channels[0], sku, 1, "order-late"));
        var state = await host.GetAsync<LiveSessionState>(LiveRoutes.State(setup.SessionId));
        Assert.Equal(5, state.FlashSale!.Items[0].Sold);
    }

    [Fact]
    public async Task StartFlashSale_MoreThanThePoolHas_IsRefusedAndReservesNothing()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var setup = await LiveSteps.SessionAsync(admin, stock: 10);

        var response = await admin.PostAsync(LiveRoutes.FlashSales(setup.SessionId),
            new StartFlashSaleRequest(10, 1, [new FlashSaleItemRequest(setup.Skus[0], 5, 9m), new FlashSaleItemRequest(setup.Skus[1], 11, 9m)]));

        var problem = await HubClient.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains($"{setup.Skus[1]} has 10 available", problem.GetProperty("detail").GetString());
        Assert.Equal((0L, 10L), await ReservedAndAvailableAsync(admin, setup.Skus[0]));
    }

    [Fact]
    public async Task EndSession_EndsItsRunningSale_AndReturnsTheStock()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var setup = await LiveSteps.SessionAsync(admin);
        await HubClient.EnsureAsync(await admin.PostAsync(LiveRoutes.FlashSales(setup.SessionId),
            new StartFlashSaleRequest(10, 1, [new FlashSaleItemRequest(setup.Skus[1], 40, 9m)])), HttpStatusCode.Created);

        await HubClient.EnsureAsync(await admin.PostAsync(LiveRoutes.End(setup.SessionId), new { }), HttpStatusCode.OK);

        Assert.Equal((0L, 100L), await ReservedAndAvailableAsync(admin, setup.Skus[1]));
        var state = await admin.GetAsync<LiveSessionState>(LiveRoutes.State(setup.SessionId));
        Assert.Equal(FlashSaleStatus.Ended, state.FlashSale!.Status);
    }

    private async Task<string?> ClaimAsync(LiveSetup setup, string channel, string sku, int quantity, string order)
    {
        await using var scope = hub.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IFlashSaleStock>()
            .TryClaimAsync(setup.MerchantId, channel, sku, quantity, order, CancellationToken.None);
    }

    private async Task RunEndJobAsync(Guid merchantId, Guid saleId)
    {
        await using var scope = hub.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LiveJobs>().EndFlashSaleAsync(merchantId, saleId, CancellationToken.None);
    }

    private static async Task<(long Reserved, long Available)> ReservedAndAvailableAsync(HubClient client, string sku)
    {
        var (_, reserved, available) = await StockSteps.LevelsAsync(client, sku);
        return (reserved, available);
    }
}
