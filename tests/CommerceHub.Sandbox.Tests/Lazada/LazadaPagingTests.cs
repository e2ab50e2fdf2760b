using System.Globalization;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Lazada;

public sealed class LazadaPagingTests
{
    [Fact]
    public async Task ProductsGet_LimitOver50OrOffsetOver10000_IsRefused()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);

        var bigLimit = await sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerVn, ("limit", "51"));
        var bigOffset = await sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerVn, ("offset", "10001"), ("limit", "50"));

        Assert.Equal("InvalidParameter", bigLimit.Code);
        Assert.Equal("InvalidParameter", bigOffset.Code);
        (await sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerVn, ("offset", "10000"), ("limit", "50"))).EnsureOk();
    }

    [Fact]
    public async Task OrdersGet_WithoutCreatedOrUpdateAfter_ReturnsMissingParameter()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);

        var result = await sandbox.Lazada.GetAsync("/orders/get", LazadaSandbox.SellerVn, ("limit", "10"));

        Assert.Equal("MissingParameter", result.Code);
    }

    [Fact]
    public async Task OrdersGet_OffsetCap_RefusesPast5000AndMovingCreatedAfterReachesTheRest()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        await sandbox.AddProductAsync(LazadaSandbox.SellerVn, 50);
        var start = Iso(sandbox.Host.Clock.GetUtcNow().AddMinutes(-1));
        for (var i = 0; i < 5; i++)
        {
            await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = LazadaSandbox.SellerVn, count = 1 });
            await sandbox.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = 60 });
        }

        var capped = await sandbox.Lazada.GetAsync("/orders/get", LazadaSandbox.SellerVn, ("created_after", start), ("offset", "5001"));
        var first = (await sandbox.Lazada.GetAsync("/orders/get", LazadaSandbox.SellerVn, ("created_after", start), ("sort_direction", "ASC"), ("limit", "2"))).EnsureOk().Data;
        var lastSeen = first.GetProperty("orders")[1].GetProperty("created_at").GetString()!;
        var rest = (await sandbox.Lazada.GetAsync("/orders/get", LazadaSandbox.SellerVn, ("created_after", lastSeen), ("sort_direction", "ASC"), ("offset", "1"))).EnsureOk().Data;

        Assert.Equal("InvalidParameter", capped.Code);
        Assert.Equal(2, first.GetProperty("count").GetInt32());
        Assert.Equal(5, first.GetProperty("countTotal").GetInt32());
        var ids = first.GetProperty("orders").EnumerateArray().Concat(rest.GetProperty("orders").EnumerateArray()).Select(o => o.GetProperty("order_id").GetInt64()).ToList();
        Assert.Equal(5, ids.Distinct().Count());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$", lastSeen);
    }

    private static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
