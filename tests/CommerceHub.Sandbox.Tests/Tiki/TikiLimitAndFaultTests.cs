using System.Net;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Tiki;

public sealed class TikiLimitAndFaultTests
{
    private const string Orders = "/integration/v2/orders";

    [Fact]
    public async Task RateLimit_Exceeded_Returns429UntilWindowPasses()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (sellerA, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        var (sellerB, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerB);
        await sandbox.AdminAsync(HttpMethod.Put, "/rate-limits", new { permitsPerWindow = 3, windowSeconds = 60, perApi = new Dictionary<string, int>() });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await sandbox.SendAsync(HttpMethod.Get, Orders, sellerA)).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("too_many_requests", (await sandbox.SendAsync(HttpMethod.Get, Orders, sellerA)).ErrorCode);
        (await sandbox.SendAsync(HttpMethod.Get, Orders, sellerB)).EnsureOk();
        sandbox.Host.Clock.Advance(TimeSpan.FromSeconds(61));
        (await sandbox.SendAsync(HttpMethod.Get, Orders, sellerA)).EnsureOk();
    }

    [Fact]
    public async Task ServerErrorFault_All_Returns500TikiBodyThenRecovers()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (token, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { serverErrorRate = 1.0 });

        var failed = await sandbox.SendAsync(HttpMethod.Get, Orders, token);
        await sandbox.AdminAsync(HttpMethod.Delete, "/faults");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.Status);
        Assert.Equal("internal_error", failed.ErrorCode);
        (await sandbox.SendAsync(HttpMethod.Get, Orders, token)).EnsureOk();
    }

    [Fact]
    public async Task TimeoutFault_All_ClientTimesOut()
    {
        await using var sandbox = await TikiSandbox.StartAsync();
        var (token, _) = await sandbox.AuthorizeSellerAsync(TikiSandbox.SellerA);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { timeoutRate = 1.0, hangMs = 10_000 });
        using var impatient = new HttpClient { BaseAddress = sandbox.Host.BaseUrl("Tiki"), Timeout = TimeSpan.FromMilliseconds(400) };
        impatient.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetAsync(Orders));
    }
}
