using Bunit;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.LiveConsole.Components.Console;
using CommerceHub.LiveConsole.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.LiveConsole.Tests.Components;

public sealed class CountdownTests : BunitContext
{
    private readonly ManualClock _clock = new(Samples.Start);

    public CountdownTests() => Services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public void FlashSaleCountdown_ClockMoves_CountsDownThenRunsThenEnds()
    {
        var sale = new FlashSaleState(Guid.NewGuid(), Samples.SessionId, FlashSaleStatus.Countdown,
            Samples.Start.AddSeconds(30), Samples.Start.AddSeconds(30).AddMinutes(2), null,
            [new FlashSaleItemState("TEA-01", 79_000m, 10, 0, 10)], Samples.Start);

        var cut = this.RenderIn<FlashSaleCountdown>("en", p => p.Add(c => c.Sale, sale));
        Assert.Contains("Starts in", cut.Markup);
        Assert.Equal("00:30", cut.Find("[data-testid=countdown-clock]").TextContent);

        _clock.Advance(TimeSpan.FromSeconds(1));
        cut.WaitForAssertion(() => Assert.Equal("00:29", cut.Find("[data-testid=countdown-clock]").TextContent));

        _clock.Advance(TimeSpan.FromSeconds(29));
        cut.WaitForAssertion(() => Assert.Contains("Ends in", cut.Markup));
        Assert.Equal("02:00", cut.Find("[data-testid=countdown-clock]").TextContent);

        _clock.Advance(TimeSpan.FromMinutes(2));
        cut.WaitForAssertion(() => Assert.Contains("Flash sale over", cut.Markup));
        Assert.Empty(cut.FindAll("[data-testid=countdown-clock]"));
    }

    [Fact]
    public void FlashSaleCountdown_EndedByHand_ShowsOverBeforeItsPlannedEnd()
    {
        var sale = new FlashSaleState(Guid.NewGuid(), Samples.SessionId, FlashSaleStatus.Ended,
            Samples.Start.AddSeconds(-30), Samples.Start.AddMinutes(5), Samples.Start, [], Samples.Start);

        var cut = this.RenderIn<FlashSaleCountdown>("ru", p => p.Add(c => c.Sale, sale));

        Assert.Contains("Флеш-распродажа завершена", cut.Markup);
    }
}
