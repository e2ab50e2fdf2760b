using System.Net;
using CommerceHub.HubApi.Tests.Infrastructure;

namespace CommerceHub.HubApi.Tests.Platform;

/// <summary>A second hub (own Redis) with a tight per-user limit; in the hub collection so Hangfire hosts never overlap.</summary>
[Collection(HubCollection.Name)]
public sealed class RateLimitTests
{
    [Fact]
    public async Task ManyRequests_OneUser_Get429WithRetryAfter_OtherUserUnaffected()
    {
        using var redis = new CommerceHub.Testing.RedisServer();
        await using var limited = HubFactory.OnSqlite(redis, new Dictionary<string, string?>
        {
            ["Http:PermitsPerSecond"] = "1",
            ["Http:Burst"] = "5",
            ["Jobs:RunServer"] = "false",
        });
        var greedy = await HubClient.SignInAsync(limited.CreateClient(), HubClient.Admin());
        var other = await HubClient.SignInAsync(limited.CreateClient(), HubClient.Host());

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            statuses.Add((await greedy.Http.GetAsync("/api/products")).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        var refused = await greedy.Http.GetAsync("/api/products");
        var problem = await HubClient.ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Contains("per user", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await other.Http.GetAsync("/api/products")).StatusCode);
    }
}
