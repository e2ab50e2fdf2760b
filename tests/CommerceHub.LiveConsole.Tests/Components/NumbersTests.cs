using Bunit;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.LiveConsole.Components.Console;
using CommerceHub.LiveConsole.Live;
using CommerceHub.LiveConsole.Tests.Infrastructure;

namespace CommerceHub.LiveConsole.Tests.Components;

public sealed class NumbersTests : BunitContext
{
    [Fact]
    public void TotalsBar_Counters_ShowsUnitsOrdersRevenuePerCurrencyAndCny()
    {
        var cut = this.RenderIn<TotalsBar>("en", p => p.Add(c => c.Counters, Samples.Counters(37)));

        Assert.Equal("37", cut.Find("[data-testid=units-sold]").TextContent);
        Assert.Equal("1,250,000 VND", cut.Find("[data-testid=revenue-VND]").TextContent);
        Assert.Equal("420.50 THB", cut.Find("[data-testid=revenue-THB]").TextContent);
        Assert.Equal("512.75 CNY", cut.Find("[data-testid=revenue-cny]").TextContent);
    }

    [Fact]
    public void TotalsBar_RussianCulture_GroupsDigitsTheRussianWay()
    {
        var cut = this.RenderIn<TotalsBar>("ru", p => p.Add(c => c.Counters, Samples.Counters(1234)));

        Assert.Equal("1\u00a0234", cut.Find("[data-testid=units-sold]").TextContent);
        Assert.Contains("Продано", cut.Markup);
    }

    [Fact]
    public void ProductTile_FlashSaleHoldsUnits_CountsThemAsLeft()
    {
        var board = new LiveBoard();
        board.Apply(Samples.State(Samples.Session(Samples.Item("TEA-01")), Samples.Stock("TEA-01", available: 12, flashSaleRemaining: 10)));
        board.Apply(Samples.Counters(5, new SkuCounter("TEA-01", 5, 20)));
        board.Apply(new FlashSaleState(Guid.NewGuid(), Samples.SessionId, FlashSaleStatus.Running, Samples.Start, Samples.Start.AddMinutes(5),
            null, [new FlashSaleItemState("TEA-01", 79_000m, 10, 2, 8)], Samples.Start.AddSeconds(30)));

        var cut = this.RenderIn<ProductTile>("en", p => p.Add(c => c.Figures, board.Find("TEA-01")!).Add(c => c.Currency, "VND"));

        Assert.Equal("20", cut.Find("[data-testid=remaining]").TextContent);
        Assert.Equal("5", cut.Find("[data-testid=sold]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=sold-out]"));
    }

    [Theory]
    [InlineData("vi", "Hết hàng")]
    [InlineData("zh-CN", "已售罄")]
    [InlineData("ru", "Распродано")]
    [InlineData("kk", "Сатылып бітті")]
    [InlineData("th", "สินค้าหมด")]
    [InlineData("en", "Sold out")]
    public void ProductTile_NothingLeft_ShowsSoldOutInTheChosenLanguage(string language, string soldOut)
    {
        var board = new LiveBoard();
        board.Apply(Samples.State(Samples.Session(Samples.Item("TEA-01")), Samples.Stock("TEA-01", available: 3)));
        board.Apply(Samples.Stock("TEA-01", available: 0, second: 5));

        var cut = this.RenderIn<ProductTile>(language, p => p.Add(c => c.Figures, board.Find("TEA-01")!).Add(c => c.Currency, "VND"));

        Assert.Equal("0", cut.Find("[data-testid=remaining]").TextContent);
        Assert.Equal(soldOut, cut.Find("[data-testid=sold-out]").TextContent);
        Assert.Contains("sold-out", cut.Find("article").ClassList);
    }

    [Fact]
    public void ProductTile_OlderStockReading_DoesNotOverwriteANewerOne()
    {
        var board = new LiveBoard();
        board.Apply(Samples.State(Samples.Session(Samples.Item("TEA-01")), Samples.Stock("TEA-01", available: 0, second: 9)));
        board.Apply(Samples.Stock("TEA-01", available: 4, second: 2));

        Assert.Equal(0, board.Find("TEA-01")!.Remaining);
    }

    [Fact]
    public void ProductTile_PinClicked_RaisesTheSkuAndUnpinRaisesNull()
    {
        var board = new LiveBoard();
        board.Apply(Samples.State(Samples.Session(Samples.Item("TEA-01")), Samples.Stock("TEA-01", 9)));
        string? pinned = "unset";
        var cut = this.RenderIn<ProductTile>("en", p => p.Add(c => c.Figures, board.Find("TEA-01")!).Add(c => c.Currency, "VND")
            .Add(c => c.CanPin, true).Add(c => c.OnPin, sku => pinned = sku));

        cut.Find("[data-testid=pin-TEA-01]").Click();
        Assert.Equal("TEA-01", pinned);

        board.Apply(new LivePin(Samples.SessionId, "TEA-01", Samples.Start));
        cut.Render(p => p.Add(c => c.Figures, board.Find("TEA-01")!));
        Assert.Contains("Pinned", cut.Find("[data-testid=pin-TEA-01]").TextContent);
        cut.Find("[data-testid=pin-TEA-01]").Click();
        Assert.Null(pinned);
    }
}
