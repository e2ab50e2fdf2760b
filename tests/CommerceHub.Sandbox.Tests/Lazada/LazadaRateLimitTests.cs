using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Lazada;

public sealed class LazadaRateLimitTests
{
    [Fact]
    public async Task SellerLimit_Exceeded_ApiCallLimitAndOneSecondBan()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerTh);
        await sandbox.AdminAsync(HttpMethod.Put, "/rate-limits", new { permitsPerWindow = 2, windowSeconds = 3600, perApi = new Dictionary<string, int>() });

        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerVn)).Code);
        }

        await sandbox.AdminAsync(HttpMethod.Put, "/rate-limits", new { permitsPerWindow = 1000, windowSeconds = 1, perApi = new Dictionary<string, int>() });
        var banned = await sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerVn);
        var otherSeller = await sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerTh);
        await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = 1 });
        var afterBan = await sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerVn);

        Assert.Equal(["0", "0", "ApiCallLimit"], codes);
        Assert.Equal("ApiCallLimit", banned.Code);
        Assert.Contains("ban will last 1 seconds", banned.Message, StringComparison.Ordinal);
        otherSeller.EnsureOk();
        afterBan.EnsureOk();
    }

    [Fact]
    public async Task PerApiLimit_Exceeded_ReturnsE901WithoutBan()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        await sandbox.AdminAsync(HttpMethod.Put, "/rate-limits", new { permitsPerWindow = 1000, windowSeconds = 3600, perApi = new Dictionary<string, int> { ["/products/get"] = 1 } });

        (await sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerVn)).EnsureOk();
        var limited = await sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerVn);
        var otherApi = await sandbox.Lazada.GetAsync("/orders/get", LazadaSandbox.SellerVn, ("created_after", "2020-01-01T00:00:00+07:00"));

        Assert.Equal("E901", limited.Code);
        otherApi.EnsureOk();
    }
}
