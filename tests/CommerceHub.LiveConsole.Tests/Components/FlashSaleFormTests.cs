using Bunit;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.LiveConsole.Components.Console;
using CommerceHub.LiveConsole.Tests.Infrastructure;

namespace CommerceHub.LiveConsole.Tests.Components;

public sealed class FlashSaleFormTests : BunitContext
{
    [Fact]
    public void FlashSaleForm_Submitted_SendsCountdownDurationAndOnlyThePickedProducts()
    {
        StartFlashSaleRequest? sent = null;
        var cut = this.RenderIn<FlashSaleForm>("en", p => p
            .Add(c => c.Lineup, [Samples.Item("TEA-01", 99_000m, 0), Samples.Item("TEA-02", 55_000m, 1)])
            .Add(c => c.OnStart, request => sent = request));

        cut.Find("[data-testid=flash-countdown]").Change(30);
        cut.Find("[data-testid=flash-duration]").Change(3);
        cut.Find("[data-testid='flash-pick-TEA-02']").Change(true);
        cut.Find("[data-testid='flash-qty-TEA-02']").Change(12);
        cut.Find("[data-testid='flash-price-TEA-02']").Change(49_000m);
        cut.Find("form").Submit();

        Assert.NotNull(sent);
        Assert.Equal((30, 3), (sent.CountdownSeconds, sent.DurationMinutes));
        Assert.Equal([new FlashSaleItemRequest("TEA-02", 12, 49_000m)], sent.Items);
    }

    [Fact]
    public void FlashSaleForm_HubRefused_ShowsTheHubsReason()
    {
        var cut = this.RenderIn<FlashSaleForm>("zh-CN", p => p
            .Add(c => c.Lineup, [Samples.Item("TEA-01")])
            .Add(c => c.OnStart, _ => { })
            .Add(c => c.Error, "items[0].quantity: at most 3 available."));

        Assert.Equal("中台拒绝：items[0].quantity: at most 3 available.", cut.Find("[role=alert]").TextContent);
    }
}
