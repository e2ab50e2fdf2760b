using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Tests.Infrastructure;

namespace CommerceHub.HubApi.Tests.LiveSessions;

[Collection(HubCollection.Name)]
public sealed class LiveSessionEndpointTests(HubFixture hub)
{
    [Fact]
    public async Task Schedule_InvalidFields_AnswersValidationProblemNamingEachField()
    {
        var host = await hub.SignInAsync(HubClient.Host());

        var response = await host.PostAsync(LiveRoutes.Sessions, new
        {
            title = "",
            scheduledStart = DateTimeOffset.UtcNow.AddYears(2),
            currency = "vnd",
            channels = Array.Empty<string>(),
            lineup = new[] { new { sku = "A", livePrice = (decimal?)null }, new { sku = "A", livePrice = (decimal?)-1m } },
        });

        var problem = await HubClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "title", "scheduledStart", "currency", "channels", "lineup" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    [Fact]
    public async Task Schedule_ChannelOrSkuNotTheMerchants_IsRefusedWithTheirNames()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var other = await hub.SignInAsync(HubClient.Admin("hekou-goods"));
        var foreignChannel = await LiveSteps.NewChannelAsync(other);
        var mine = await LiveSteps.NewChannelAsync(admin);

        var channel = await admin.PostAsync(LiveRoutes.Sessions,
            new ScheduleLiveSessionRequest("Night", DateTimeOffset.UtcNow, "CNY", [foreignChannel], []));
        var sku = await admin.PostAsync(LiveRoutes.Sessions,
            new ScheduleLiveSessionRequest("Night", DateTimeOffset.UtcNow, "CNY", [mine], [new LineupEntry("NO-SUCH-SKU", 10m)]));

        Assert.Contains(foreignChannel, (await HubClient.ProblemAsync(channel, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("channels")[0].GetString());
        Assert.Contains("NO-SUCH-SKU", (await HubClient.ProblemAsync(sku, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("lineup")[0].GetString());
    }

    [Fact]
    public async Task StartAndEnd_FollowTheLifecycle_AndRefuseOutOfOrderWithConflict()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var host = await hub.SignInAsync(HubClient.Host());
        var setup = await LiveSteps.SessionAsync(admin, start: false);

        await HubClient.ProblemAsync(await host.PostAsync(LiveRoutes.End(setup.SessionId), new { }), HttpStatusCode.Conflict);
        var started = await host.PostAsync(LiveRoutes.Start(setup.SessionId), new { });
        await HubClient.ProblemAsync(await host.PostAsync(LiveRoutes.Start(setup.SessionId), new { }), HttpStatusCode.Conflict);
        var ended = await host.PostAsync(LiveRoutes.End(setup.SessionId), new { });

        Assert.Equal(LiveSessionStatus.Live, (await started.Content.ReadFromJsonAsync<LiveSessionView>(HubClient.Json))!.Status);
        var view = (await ended.Content.ReadFromJsonAsync<LiveSessionView>(HubClient.Json))!;
        Assert.Equal(LiveSessionStatus.Ended, view.Status);
        Assert.NotNull(view.EndedAt);
        var listed = await host.GetAsync<JsonElement>($"{LiveRoutes.Sessions}?status=Ended&pageSize=200");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == setup.SessionId);
        await HubClient.ProblemAsync(await host.Http.GetAsync($"{LiveRoutes.Sessions}?status=Paused"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Pin_SkuOutsideTheLineup_IsRefused_AndLineupSkuIsPinned()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var setup = await LiveSteps.SessionAsync(admin);

        var refused = await admin.PostAsync(LiveRoutes.Pin(setup.SessionId), new PinProductRequest("NOT-IN-LINEUP"));
        var pinned = await admin.PostAsync(LiveRoutes.Pin(setup.SessionId), new PinProductRequest(setup.Skus[1]));

        await HubClient.ProblemAsync(refused, HttpStatusCode.BadRequest);
        await HubClient.EnsureAsync(pinned, HttpStatusCode.OK);
        Assert.Equal(setup.Skus[1], (await admin.GetAsync<LiveSessionView>(LiveRoutes.Session(setup.SessionId))).PinnedSku);
    }

    [Fact]
    public async Task Session_OfAnotherMerchant_IsNotFound()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var otherHost = await hub.SignInAsync(HubClient.Host("hekou-goods"));
        var setup = await LiveSteps.SessionAsync(admin);

        await HubClient.ProblemAsync(await otherHost.Http.GetAsync(LiveRoutes.Session(setup.SessionId)), HttpStatusCode.NotFound);
        await HubClient.ProblemAsync(await otherHost.PostAsync(LiveRoutes.End(setup.SessionId), new { }), HttpStatusCode.NotFound);
        Assert.Equal(LiveSessionStatus.Live, (await admin.GetAsync<LiveSessionView>(LiveRoutes.Session(setup.SessionId))).Status);
    }

    [Fact]
    public async Task Warehouse_CannotUseLiveSessions()
    {
        var warehouse = await hub.SignInAsync(HubClient.WarehouseStaff());

        var response = await warehouse.Http.GetAsync(LiveRoutes.Sessions);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
