using System.Globalization;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Taobao;

public sealed class TaobaoTradeTests
{
    private const string Increment = "taobao.trades.sold.increment.get";

    [Fact]
    public async Task IncrementGet_WindowOverOneDayOrOlderThanThreeMonths_IsRefused()
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        await sandbox.AuthorizeAsync(TaobaoSandbox.SellerA);

        var wide = await sandbox.CallAsync(Increment, Window(sandbox, TimeSpan.FromDays(-1) - TimeSpan.FromSeconds(1), TimeSpan.Zero));
        var old = await sandbox.CallAsync(Increment, Window(sandbox, TimeSpan.FromDays(-100), TimeSpan.FromDays(-99.5)));
        var oneDay = await sandbox.CallAsync(Increment, Window(sandbox, TimeSpan.FromDays(-1), TimeSpan.Zero));

        Assert.Equal(15, wide.ErrorCode);
        Assert.Equal("isv.invalid-parameter", wide.SubCode);
        Assert.Equal(15, old.ErrorCode);
        Assert.Null(oneDay.ErrorCode);
        Assert.False(oneDay.Body(Increment).TryGetProperty("trades", out _));
    }

    [Fact]
    public async Task IncrementGet_PagedBackwardsWithHasNext_SeesEveryTradeNewestModifiedFirst()
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        await sandbox.AuthorizeAsync(TaobaoSandbox.SellerA);
        await sandbox.AddItemAsync(100);
        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TaobaoSandbox.SellerA, count = 7, perSecond = 100 });

        var total = (await sandbox.CallAsync(Increment, Window(sandbox, TimeSpan.FromHours(-1), TimeSpan.FromMinutes(1)))).Body(Increment).GetProperty("total_results").GetInt32();
        var tids = new List<long>();
        for (var page = 3; page >= 1; page--)
        {
            var query = new Dictionary<string, string>(Window(sandbox, TimeSpan.FromHours(-1), TimeSpan.FromMinutes(1))) { ["page_no"] = $"{page}", ["page_size"] = "3", ["use_has_next"] = "true" };
            var body = (await sandbox.CallAsync(Increment, query)).Body(Increment);
            Assert.Equal(page < 3, body.GetProperty("has_next").GetBoolean());
            Assert.False(body.TryGetProperty("total_results", out _));
            tids.InsertRange(0, body.GetProperty("trades").GetProperty("trade").EnumerateArray().Select(t => long.Parse(t.GetProperty("tid_str").GetString()!, CultureInfo.InvariantCulture)));
        }

        Assert.Equal(7, total);
        Assert.Equal(7, tids.Distinct().Count());
        Assert.Equal(tids.OrderDescending(), tids);
    }

    [Fact]
    public async Task ItemAddThenTrade_ChineseTitle_RoundTripsAsRawUtf8WithYuanStrings()
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        await sandbox.AuthorizeAsync(TaobaoSandbox.SellerA);
        await sandbox.AddItemAsync(5, price: "99.90", title: "秋冬加厚卫衣 男款 黑色");
        var tid = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TaobaoSandbox.SellerA, count = 1, quantity = 2 })).GetProperty("orderIds")[0].GetString()!;

        var result = await sandbox.CallAsync("taobao.trade.fullinfo.get", new Dictionary<string, string> { ["tid"] = tid, ["fields"] = "tid,title,payment,buyer_nick,orders.title" });

        var trade = result.Body("taobao.trade.fullinfo.get").GetProperty("trade");
        Assert.Equal("秋冬加厚卫衣 男款 黑色", trade.GetProperty("title").GetString());
        Assert.Equal("199.80", trade.GetProperty("payment").GetString());
        Assert.Equal("秋冬加厚卫衣 男款 黑色", trade.GetProperty("orders").GetProperty("order")[0].GetProperty("title").GetString());
        Assert.False(trade.TryGetProperty("status", out _));
        Assert.Contains("秋冬加厚卫衣", result.Raw, StringComparison.Ordinal);
        Assert.Contains("淘宝买家", result.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfflineSend_PaidTrade_MovesToWaitBuyerConfirmOnce()
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        await sandbox.AuthorizeAsync(TaobaoSandbox.SellerA);
        await sandbox.AddItemAsync(5);
        var unpaid = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TaobaoSandbox.SellerA, count = 1 })).GetProperty("orderIds")[0].GetString()!;
        var paid = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TaobaoSandbox.SellerA, count = 1, advanceTo = "WAIT_SELLER_SEND_GOODS" })).GetProperty("orderIds")[0].GetString()!;
        Dictionary<string, string> Send(string tid) => new() { ["tid"] = tid, ["out_sid"] = "SF1234567890", ["company_code"] = "SF" };

        var sent = await sandbox.CallAsync("taobao.logistics.offline.send", Send(paid));
        var again = await sandbox.CallAsync("taobao.logistics.offline.send", Send(paid));
        var early = await sandbox.CallAsync("taobao.logistics.offline.send", Send(unpaid));

        Assert.True(sent.Body("taobao.logistics.offline.send").GetProperty("shipping").GetProperty("is_success").GetBoolean());
        Assert.Equal("isv.logistics-offline-service-error", again.SubCode);
        Assert.Equal("isv.logistics-offline-service-error", early.SubCode);
        var waiting = (await sandbox.CallAsync("taobao.trades.sold.get", new Dictionary<string, string> { ["fields"] = "tid", ["status"] = "WAIT_BUYER_CONFIRM_GOODS" })).Body("taobao.trades.sold.get");
        Assert.Equal(1, waiting.GetProperty("total_results").GetInt32());
    }

    [Fact]
    public async Task FlashSale_ParallelBurstsAndClosedTrade_NeverSellsMoreThanStockAndGivesBack()
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        await sandbox.AuthorizeAsync(TaobaoSandbox.SellerA);
        var numIid = await sandbox.AddItemAsync(0);
        (await sandbox.CallAsync("taobao.item.quantity.update", new Dictionary<string, string> { ["num_iid"] = $"{numIid}", ["quantity"] = "12" })).Body("taobao.item.quantity.update");
        (await sandbox.CallAsync("taobao.item.quantity.update", new Dictionary<string, string> { ["num_iid"] = $"{numIid}", ["quantity"] = "3", ["type"] = "2" })).Body("taobao.item.quantity.update");

        var bursts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TaobaoSandbox.SellerA, count = 10 })));
        var tid = bursts.SelectMany(b => b.GetProperty("orderIds").EnumerateArray()).First().GetString();
        await sandbox.AdminAsync(HttpMethod.Post, $"/orders/{tid}/status", new { shopId = TaobaoSandbox.SellerA, status = "TRADE_CLOSED_BY_TAOBAO" });

        Assert.Equal(15, bursts.Sum(b => b.GetProperty("created").GetInt32()));
        var shop = await sandbox.AdminAsync(HttpMethod.Get, $"/shops/{TaobaoSandbox.SellerA}");
        Assert.Equal(1, shop.GetProperty("items")[0].GetProperty("num").GetInt32());
        Assert.Equal(15, shop.GetProperty("trades").GetArrayLength());
    }

    private static Dictionary<string, string> Window(TaobaoSandbox sandbox, TimeSpan from, TimeSpan to) => new()
    {
        ["fields"] = "tid,tid_str,status,modified",
        ["start_modified"] = sandbox.Time(from),
        ["end_modified"] = sandbox.Time(to),
    };
}
