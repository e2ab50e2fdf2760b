using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Taobao;

public sealed class TaobaoLimitAndFaultTests
{
    private const string Sold = "taobao.trades.sold.get";
    private static readonly Dictionary<string, string> Business = new() { ["fields"] = "tid" };

    [Fact]
    public async Task AppCallLimit_Exceeded_ReturnsCode7PerSellerUntilWindowPasses()
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        await sandbox.AuthorizeAsync(TaobaoSandbox.SellerA);
        await sandbox.AuthorizeAsync(TaobaoSandbox.SellerB);
        await sandbox.AdminAsync(HttpMethod.Put, "/rate-limits", new { permitsPerWindow = 2, windowSeconds = 60, perApi = new Dictionary<string, int>() });

        var codes = new List<int?>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await sandbox.CallAsync(Sold, Business)).ErrorCode);
        }

        Assert.Equal([null, null, 7], codes);
        Assert.Equal("accesscontrol.limited-by-app-access-count", (await sandbox.CallAsync(Sold, Business)).SubCode);
        Assert.Null((await sandbox.CallAsync(Sold, Business, TaobaoSandbox.SellerB)).ErrorCode);
        sandbox.Host.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Null((await sandbox.CallAsync(Sold, Business)).ErrorCode);
    }

    [Fact]
    public async Task ServerErrorFault_All_Returns500WithErrorResponse()
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        await sandbox.AuthorizeAsync(TaobaoSandbox.SellerA);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { serverErrorRate = 1.0 });

        var result = await sandbox.CallAsync(Sold, Business);

        Assert.Equal(500, result.HttpStatus);
        Assert.Equal(10, result.ErrorCode);
    }
}
