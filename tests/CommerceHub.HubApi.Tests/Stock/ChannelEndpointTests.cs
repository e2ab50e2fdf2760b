using System.Net;
using System.Text.Json;
using CommerceHub.HubApi.Tests.Infrastructure;

namespace CommerceHub.HubApi.Tests.Stock;

[Collection(HubCollection.Name)]
public sealed class ChannelEndpointTests(HubFixture hub)
{
    [Fact]
    public async Task CreateChannel_Twice_Returns409()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var body = new { code = "lzd-" + Guid.NewGuid().ToString("N")[..8], name = "Lazada TH", marketplace = "lazada" };

        await HubClient.EnsureAsync(await admin.PostAsync("/api/channels", body), HttpStatusCode.Created);
        await HubClient.ProblemAsync(await admin.PostAsync("/api/channels", body), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task PutRule_BadValues_Returns400AndKeepsNoRule()
    {
        var admin = await hub.SignInAsync(HubClient.Admin());
        var code = "tt-" + Guid.NewGuid().ToString("N")[..8];
        await HubClient.EnsureAsync(await admin.PostAsync("/api/channels", new { code, name = "TikTok live", marketplace = "tiktok" }), HttpStatusCode.Created);

        var problem = await HubClient.ProblemAsync(await admin.PutAsync($"/api/channels/{code}/rules",
            new { percent = 150, bufferQuantity = -1 }), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("percent", out _));
        Assert.Empty(await admin.GetAsync<JsonElement[]>($"/api/channels/{code}/rules"));
    }

    [Fact]
    public async Task Channel_OfAnotherMerchant_IsNotFound()
    {
        var a = await hub.SignInAsync(HubClient.Admin("pxg-trading"));
        var b = await hub.SignInAsync(HubClient.Admin("hekou-goods"));
        var code = "shp-" + Guid.NewGuid().ToString("N")[..8];
        await HubClient.EnsureAsync(await a.PostAsync("/api/channels", new { code, name = "Shopee", marketplace = "shopee" }), HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.NotFound, (await b.Http.GetAsync($"/api/channels/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PutAsync($"/api/channels/{code}/rules", new { percent = 10 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Http.DeleteAsync($"/api/channels/{code}")).StatusCode);
    }
}
