using Bunit;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.LiveConsole.Components.Console;
using CommerceHub.LiveConsole.Localization;
using CommerceHub.LiveConsole.Tests.Infrastructure;

namespace CommerceHub.LiveConsole.Tests.Components;

public sealed class SummaryTests : BunitContext
{
    private static readonly LiveSessionSummary Ended = new(
        Samples.SessionId, "Evening stream", LiveSessionStatus.Ended, Samples.Start, Samples.Start.AddMinutes(40),
        Orders: 9, UnitsSold: 12, ReservationsRefused: 2,
        Revenue: [new MoneyAmount("THB", 1_250.5m), new MoneyAmount("VND", 1_188_000m)], RevenueCny: 563.40m,
        Products:
        [
            new ProductSales("TEA-01", 8, 420.10m, new Dictionary<string, long> { ["tiktok-live"] = 5, ["shopee-live"] = 3 }),
            new ProductSales("TEA-02", 4, 143.30m, new Dictionary<string, long> { ["shopee-live"] = 4 }),
        ],
        Channels:
        [
            new ChannelSales("shopee-live", 5, 7, [new MoneyAmount("VND", 1_188_000m)], 326.70m),
            new ChannelSales("tiktok-live", 4, 5, [new MoneyAmount("THB", 1_250.5m)], 236.70m),
        ],
        BestMinutes:
        [
            new MinuteSales(Samples.Start.AddMinutes(12), 4, 6, 300m),
            new MinuteSales(Samples.Start.AddMinutes(3), 3, 4, 180.4m),
        ],
        SalesPerMinute: []);

    [Fact]
    public void Summary_EndedSession_ShowsTotalsPerProductPerChannelAndBestMinutes()
    {
        var cut = this.RenderIn<SessionSummaryView>("en", p => p.Add(c => c.Summary, Ended)
            .Add(c => c.Lineup, [Samples.Item("TEA-01"), Samples.Item("TEA-02")]));

        Assert.Equal(("12", "9", "2"), (Text(cut, "summary-units"), Text(cut, "summary-orders"), Text(cut, "summary-refused")));
        Assert.Equal(("1,250.50 THB", "1,188,000 VND", "563.40 CNY"),
            (Text(cut, "summary-revenue-THB"), Text(cut, "summary-revenue-VND"), Text(cut, "summary-revenue-cny")));
        var products = cut.FindAll("[data-testid=summary-product]");
        Assert.Equal(["TEA-01", "TEA-02"], products.Select(p => p.GetAttribute("data-sku")));
        Assert.Contains("Product TEA-01", products[0].TextContent);
        Assert.Contains("shopee-live 3 · tiktok-live 5", products[0].TextContent);
        Assert.Contains("420.10 CNY", products[0].TextContent);
        var channels = cut.FindAll("[data-testid=summary-channel]");
        Assert.Equal(["shopee-live", "tiktok-live"], channels.Select(c => c.GetAttribute("data-channel")));
        Assert.Contains("1,188,000 VND", channels[0].TextContent);
        var minutes = cut.FindAll("[data-testid=summary-minute]");
        Assert.Equal(2, minutes.Count);
        Assert.Contains("300.00 CNY", minutes[0].TextContent);
        Assert.Contains(Samples.Start.AddMinutes(12).ToLocalTime().ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), minutes[0].TextContent);
    }

    [Theory]
    [InlineData("zh-CN", "按商品销售", "按渠道销售", "最佳分钟", "商品 TEA-01")]
    [InlineData("vi", "Bán theo sản phẩm", "Bán theo kênh", "Những phút bán chạy nhất", "Sản phẩm TEA-01")]
    [InlineData("th", "ยอดขายตามสินค้า", "ยอดขายตามช่องทาง", "นาทีที่ขายดีที่สุด", "Product TEA-01")]
    [InlineData("ru", "Продажи по товарам", "Продажи по каналам", "Лучшие минуты", "Product TEA-01")]
    [InlineData("kk", "Тауарлар бойынша сату", "Арналар бойынша сату", "Үздік минуттар", "Product TEA-01")]
    public void Summary_InEachLanguage_HeadingsAndTitlesInThatLanguage(string language, string perProduct, string perChannel, string best, string title)
    {
        var cut = this.RenderIn<SessionSummaryView>(language, p => p.Add(c => c.Summary, Ended).Add(c => c.Lineup, [Samples.Item("TEA-01")]));

        var headings = cut.FindAll("h2").Select(h => h.TextContent).ToList();
        Assert.Equal([perProduct, perChannel, best], headings);
        Assert.Contains(title, cut.Find("[data-testid=summary-product]").TextContent);
    }

    [Fact]
    public void Summary_NothingSold_SaysSo()
    {
        var empty = Ended with { Orders = 0, UnitsSold = 0, Revenue = [], RevenueCny = 0, Products = [], Channels = [], BestMinutes = [] };

        var cut = this.RenderIn<SessionSummaryView>("vi", p => p.Add(c => c.Summary, empty));

        Assert.Equal(UiTexts.Vi.NoSales, Text(cut, "summary-empty"));
        Assert.Empty(cut.FindAll("table"));
    }

    private static string Text(IRenderedComponent<SessionSummaryView> cut, string testId) => cut.Find($"[data-testid={testId}]").TextContent.Trim();
}
