using Bunit;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Contracts.Orders;
using CommerceHub.LiveConsole.Components.Console;
using CommerceHub.LiveConsole.Live;
using CommerceHub.LiveConsole.Tests.Infrastructure;

namespace CommerceHub.LiveConsole.Tests.Components;

public sealed class TickerTests : BunitContext
{
    [Fact]
    public void OrderTicker_OrdersFromSeveralChannels_ShowsEveryOrderNewestFirst()
    {
        var board = new LiveBoard();
        board.Apply(Samples.State(Samples.Session(Samples.Item("TEA-01")), Samples.Stock("TEA-01", 10)));
        board.Apply(Samples.Tick("TT-1", "tiktok-live", "TEA-01", 1, 1));
        board.Apply(Samples.Tick("SP-1", "shopee-live", "TEA-01", 2, 2));
        board.Apply(Samples.Tick("DY-1", "douyin-live", "TEA-01", 1, 3, OrderEventKind.ReservationRefused));

        var cut = this.RenderIn<OrderTicker>("en", p => p.Add(c => c.Orders, board.Orders));

        var rows = cut.FindAll("[data-testid=tick]");
        Assert.Equal(["DY-1", "SP-1", "TT-1"], rows.Select(r => r.GetAttribute("data-order")));
        Assert.Contains("refused", rows[0].ClassList);
        Assert.Contains("Refused", rows[0].TextContent);
        Assert.Contains("shopee-live", rows[1].TextContent);
        Assert.Contains("TEA-01×2", rows[1].TextContent);
        Assert.Contains("198,000 VND", rows[1].TextContent);
    }

    [Fact]
    public void LiveBoard_SameOrderTwice_ListsAndChartsItOnce()
    {
        var board = new LiveBoard();
        board.Apply(Samples.State(Samples.Session(Samples.Item("TEA-01")), Samples.Stock("TEA-01", 10)));
        var tick = Samples.Tick("TT-1", "tiktok-live", "TEA-01", 3, 1);

        board.Apply(tick);
        board.Apply(tick);

        Assert.Single(board.Orders);
        Assert.Equal(3, Assert.Single(board.Sales.Minutes).Units);
    }

    [Fact]
    public void OrderTicker_NoOrders_SaysSoInTheChosenLanguage()
    {
        var cut = this.RenderIn<OrderTicker>("th", p => p.Add(c => c.Orders, []));

        Assert.Contains("ยังไม่มีคำสั่งซื้อ", cut.Markup);
    }

    [Fact]
    public void AlertList_Alerts_AreLocalisedFromTheirKind()
    {
        var board = new LiveBoard();
        board.Apply(Samples.State(Samples.Session(Samples.Item("TEA-01")), Samples.Stock("TEA-01", 2)));
        board.Apply(new LiveAlert(Samples.SessionId, LiveAlertKind.LowStock, "TEA-01", null, "TEA-01 is low", Samples.Start));
        board.Apply(new LiveAlert(Samples.SessionId, LiveAlertKind.ReservationRefused, "TEA-01", "shopee-live", "refused", Samples.Start));

        var cut = this.RenderIn<AlertList>("vi", p => p.Add(c => c.Alerts, board.Alerts).Add(c => c.Lookup, board.Find));

        var alerts = cut.FindAll("[data-testid=alert]");
        Assert.Contains("Không giữ được hàng TEA-01 cho đơn trên shopee-live", alerts[0].TextContent);
        Assert.Contains("Sản phẩm TEA-01 sắp hết: còn 2", alerts[1].TextContent);
    }

    [Theory]
    [InlineData("en", "Flash sale of Product TEA-01 sold out: 7 left at the regular price", "Product TEA-02 is sold out on every channel")]
    [InlineData("vi", "Flash sale Sản phẩm TEA-01 đã hết suất: còn 7 ở giá thường", "Sản phẩm TEA-02 đã hết hàng trên mọi kênh")]
    [InlineData("ru", "Флеш-распродажа Product TEA-01 раскуплена: осталось 7 по обычной цене", "Product TEA-02 распродан на всех каналах")]
    public void AlertList_SaleSoldOutVersusSoldOutEverywhere_SaySoDifferently(string language, string saleSoldOut, string soldOut)
    {
        var board = new LiveBoard();
        board.Apply(Samples.State(Samples.Session(Samples.Item("TEA-01"), Samples.Item("TEA-02")),
            Samples.Stock("TEA-01", 7, flashSaleRemaining: 0), Samples.Stock("TEA-02", 0)));
        board.Apply(new LiveAlert(Samples.SessionId, LiveAlertKind.FlashSaleSoldOut, "TEA-01", null, "sale units gone", Samples.Start));
        board.Apply(new LiveAlert(Samples.SessionId, LiveAlertKind.SoldOut, "TEA-02", null, "sold out", Samples.Start));

        var cut = this.RenderIn<AlertList>(language, p => p.Add(c => c.Alerts, board.Alerts).Add(c => c.Lookup, board.Find));

        var alerts = cut.FindAll("[data-testid=alert]");
        Assert.Contains(soldOut, alerts[0].TextContent);
        Assert.Contains(saleSoldOut, alerts[1].TextContent);
        Assert.Contains("flashsalesoldout", alerts[1].ClassList);
    }

    [Fact]
    public void SalesChart_SalesInTwoMinutes_DrawsTwoBarsOnTheSessionAxis()
    {
        var series = new SalesSeries();
        series.Add(Samples.Start.AddSeconds(10), 2, 55m);
        series.Add(Samples.Start.AddSeconds(40), 1, 27.5m);
        series.Add(Samples.Start.AddMinutes(3), 4, 110m);

        var cut = this.RenderIn<SalesChart>("en", p => p.Add(c => c.Minutes, series.Minutes).Add(c => c.From, Samples.Start));

        var bars = cut.FindAll("[data-testid=chart-bar]");
        Assert.Equal(2, bars.Count);
        // Four minutes on a 600-wide axis: 150 per minute; bars scale to the busiest minute (4 units = 140 high).
        Assert.Equal(("15", "105"), (bars[0].GetAttribute("x"), bars[0].GetAttribute("height")));
        Assert.Equal(("465", "140"), (bars[1].GetAttribute("x"), bars[1].GetAttribute("height")));
        Assert.EndsWith("600,10", cut.Find("polyline").GetAttribute("points"));
    }
}
