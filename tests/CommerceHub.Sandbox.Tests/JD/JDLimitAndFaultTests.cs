using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.JD;

public sealed class JDLimitAndFaultTests
{
    private const string Search = "jingdong.pop.order.search";
    private static readonly object Business = new { order_state = "WAIT_SELLER_STOCK_OUT" };

    [Fact]
    public async Task CallLimit_PerMethodExceeded_ReturnsCallLimitedUntilWindowPasses()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        await sandbox.AuthorizeAsync(JDSandbox.VenderA);
        await sandbox.AdminAsync(HttpMethod.Put, "/rate-limits", new { permitsPerWindow = 100, windowSeconds = 60, perApi = new Dictionary<string, int> { [Search] = 2 } });

        var codes = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await sandbox.CallAsync(Search, Business)).ErrorCode);
        }

        Assert.Equal([null, null, "18"], codes);
        Assert.Null((await sandbox.CallAsync("jingdong.pop.order.get", new { order_id = "1" })).ErrorCode);
        sandbox.Host.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Null((await sandbox.CallAsync(Search, Business)).ErrorCode);
    }

    [Fact]
    public async Task ServerErrorFault_All_Returns500WithJdErrorBody()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        await sandbox.AuthorizeAsync(JDSandbox.VenderA);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { serverErrorRate = 1.0 });

        var result = await sandbox.CallAsync(Search, Business);

        Assert.Equal(500, result.HttpStatus);
        Assert.Equal("1", result.ErrorCode);
    }
}
