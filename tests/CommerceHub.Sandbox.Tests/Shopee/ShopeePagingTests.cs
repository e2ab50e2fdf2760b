using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Shopee;

public sealed class ShopeePagingTests
{
    private const string OrderList = "/api/v2/order/get_order_list";

    [Theory]
    [InlineData(15 * 86400 + 1)]
    [InlineData(-1)]
    public async Task GetOrderList_WindowOver15DaysOrReversed_ReturnsInvalidTime(long span)
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var now = sandbox.Host.Clock.UnixSeconds;

        var result = await sandbox.Shopee.GetAsync(OrderList, ShopeeSandbox.ShopVn, $"time_range_field=create_time&time_from={now - span}&time_to={now}&page_size=10");

        Assert.Equal("order.order_list_invalid_time", result.Error);
        Assert.Equal("Start time must be earlier than end time and diff in 15days.", result.Message);
    }

    [Fact]
    public async Task GetOrderList_Exactly15Days_IsAccepted()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var now = sandbox.Host.Clock.UnixSeconds;

        var result = await sandbox.Shopee.GetAsync(OrderList, ShopeeSandbox.ShopVn, $"time_range_field=update_time&time_from={now - (15 * 86400)}&time_to={now}&page_size=10");

        result.EnsureOk();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task GetOrderList_PageSizeOutOfRange_ReturnsErrorParam(int pageSize)
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var now = sandbox.Host.Clock.UnixSeconds;

        var result = await sandbox.Shopee.GetAsync(OrderList, ShopeeSandbox.ShopVn, $"time_range_field=create_time&time_from={now - 60}&time_to={now}&page_size={pageSize}");

        Assert.Equal("error_param", result.Error);
    }

    [Fact]
    public async Task GetOrderList_CursorPaging_VisitsEveryOrderOnce()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        await sandbox.AddItemAsync(ShopeeSandbox.ShopVn, stock: 100);
        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600001", count = 25 });
        var now = sandbox.Host.Clock.UnixSeconds;

        var seen = new List<string>();
        var pages = 0;
        var cursor = "";
        while (true)
        {
            var page = (await sandbox.Shopee.GetAsync(OrderList, ShopeeSandbox.ShopVn,
                $"time_range_field=create_time&time_from={now - 600}&time_to={now + 1}&page_size=10&cursor={cursor}&response_optional_fields=order_status")).EnsureOk().Response;
            pages++;
            seen.AddRange(page.GetProperty("order_list").EnumerateArray().Select(o => o.GetProperty("order_sn").GetString()!));
            Assert.All(page.GetProperty("order_list").EnumerateArray(), o => Assert.Equal("UNPAID", o.GetProperty("order_status").GetString()));
            if (!page.GetProperty("more").GetBoolean())
            {
                Assert.Equal("", page.GetProperty("next_cursor").GetString());
                break;
            }

            cursor = page.GetProperty("next_cursor").GetString()!;
        }

        Assert.Equal(3, pages);
        Assert.Equal(25, seen.Distinct().Count());
        Assert.Equal(25, seen.Count);
    }

    [Fact]
    public async Task GetItemList_OffsetPaging_ReportsNextOffsetAndEnd()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        var created = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(await sandbox.AddItemAsync(ShopeeSandbox.ShopVn, stock: 1));
        }

        var seen = new List<long>();
        var offset = 0;
        bool hasNext;
        do
        {
            var page = (await sandbox.Shopee.GetAsync("/api/v2/product/get_item_list", ShopeeSandbox.ShopVn, $"offset={offset}&page_size=2&item_status=NORMAL")).EnsureOk().Response;
            Assert.Equal(5, page.GetProperty("total_count").GetInt32());
            seen.AddRange(page.GetProperty("item").EnumerateArray().Select(i => i.GetProperty("item_id").GetInt64()));
            hasNext = page.GetProperty("has_next_page").GetBoolean();
            offset = page.GetProperty("next_offset").GetInt32();
        }
        while (hasNext);

        Assert.Equal(created.Order(), seen.Order());
        var tooBig = await sandbox.Shopee.GetAsync("/api/v2/product/get_item_list", ShopeeSandbox.ShopVn, "offset=0&page_size=101");
        Assert.Equal("error_param", tooBig.Error);
    }
}
