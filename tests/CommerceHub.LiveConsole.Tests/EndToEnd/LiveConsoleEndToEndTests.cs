using CommerceHub.Testing;
using Microsoft.Playwright;

namespace CommerceHub.LiveConsole.Tests.EndToEnd;

/// <summary>
/// A host runs a stream in real headless Chromium: signs in to the console, schedules and starts a session, pins a
/// product, starts a flash sale on all of its stock, and watches orders from three channels sell it out.
/// </summary>
[Collection(BrowserTests.Collection)]
public sealed class LiveConsoleEndToEndTests : IAsyncLifetime
{
    private const int Units = 6;
    private readonly RedisServer _redis = new();
    private HubHost _hub = null!; // Set in InitializeAsync, before the test runs.
    private ConsoleHost _console = null!; // Set in InitializeAsync.

    public Task InitializeAsync()
    {
        _hub = new HubHost(_redis);
        _hub.Start();
        _console = new ConsoleHost(_hub.BaseUri);
        _console.Start();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task HostConsole_FlashSaleSoldOutOnThreeChannels_ShowsStockFallingToZeroSoldOutAndEveryOrder()
    {
        using var redis = _redis.Connect();
        var office = await HubBackOffice.SignInAsync(_hub, redis);
        string[] channels = ["e2e-tiktok", "e2e-shopee", "e2e-douyin"];
        foreach (var channel in channels)
        {
            await office.CreateChannelAsync(channel, channel.Split('-')[1]);
        }

        var sku = await office.SkuWithExactlyAsync(Units);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        // A phone in portrait: the layout the hosts use while they talk.
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 412, Height = 915 } });
        page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(30_000);

        await page.GotoAsync(new Uri(_console.BaseUri, "login").ToString());
        await page.FillAsync("input[type=email]", "host@pxg-trading.example");
        await page.FillAsync("input[type=password]", "wrong-password");
        await page.ClickAsync("button[type=submit]");
        // Before sign-in the page follows the browser's language (Playwright's is en-US).
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The e-mail address or the password is wrong.");

        // The sample host speaks Vietnamese: every text below is the console's Vietnamese.
        await page.FillAsync("input[type=email]", "host@pxg-trading.example");
        await page.FillAsync("input[type=password]", "commercehub-demo");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Phiên livestream" })).ToBeVisibleAsync();

        await page.ClickAsync("details.new-session summary");
        await page.FillAsync("[data-testid=new-title]", "Tối thứ Hai");
        await page.FillAsync("[data-testid=new-channels]", string.Join(", ", channels));
        await page.SelectOptionAsync("[data-testid=new-currency]", "VND");
        await page.CheckAsync($"[data-testid='pick-{sku}']");
        await page.FillAsync($"[data-testid='price-{sku}']", "99000");
        await page.ClickAsync("[data-testid=create-session]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu live" }).ClickAsync();

        var tile = page.Locator($"[data-testid='product-{sku}']");
        await Assertions.Expect(page.Locator("[data-testid=session-status]")).ToHaveTextAsync("Đang live");
        await Assertions.Expect(tile.Locator("[data-testid=remaining]")).ToHaveTextAsync($"{Units}");
        await page.ClickAsync($"[data-testid='pin-{sku}']");
        await Assertions.Expect(page.Locator($"[data-testid='pin-{sku}']")).ToContainTextAsync("Đã ghim");

        var overlayUrl = await page.Locator("[data-testid=overlay-url]").InputValueAsync();
        var overlay = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 320 } });
        await overlay.GotoAsync(overlayUrl);
        await Assertions.Expect(overlay.Locator("[data-testid=overlay-price]")).ToHaveTextAsync("99.000 VND");
        await Assertions.Expect(overlay.Locator("[data-testid=overlay-stock]")).ToHaveTextAsync($"Còn lại: {Units}");

        await page.FillAsync("[data-testid=flash-countdown]", "10");
        await page.FillAsync("[data-testid=flash-duration]", "5");
        await page.CheckAsync($"[data-testid='flash-pick-{sku}']");
        await page.FillAsync($"[data-testid='flash-qty-{sku}']", $"{Units}");
        await page.FillAsync($"[data-testid='flash-price-{sku}']", "79000");
        await page.ClickAsync("[data-testid=flash-start]");
        await Assertions.Expect(page.Locator("[data-testid=countdown]")).ToContainTextAsync("Bắt đầu sau");
        await Assertions.Expect(overlay.Locator("[data-testid=countdown]")).ToContainTextAsync("Bắt đầu sau");
        await Assertions.Expect(overlay.Locator("[data-testid=overlay-price]")).ToHaveTextAsync("79.000 VND");
        // Orders claim sale units only once the countdown is over.
        await Assertions.Expect(page.Locator("[data-testid=countdown]")).ToContainTextAsync("Kết thúc sau");

        (string Channel, int Quantity, string OrderId)[] orders =
            [("e2e-tiktok", 2, "TT-1001"), ("e2e-shopee", 1, "SP-2001"), ("e2e-douyin", 2, "DY-3001"), ("e2e-tiktok", 1, "TT-1002")];
        var left = Units;
        foreach (var (channel, quantity, orderId) in orders)
        {
            Assert.True(await office.SellAsync(channel, sku, quantity, orderId), $"{orderId} should find stock.");
            left -= quantity;
            await Assertions.Expect(tile.Locator("[data-testid=remaining]")).ToHaveTextAsync($"{left}");
        }

        // One order too many: the pool has nothing left, so the ledger refuses it rather than overselling.
        Assert.False(await office.SellAsync("e2e-shopee", sku, 1, "SP-2002"));

        await Assertions.Expect(tile.Locator("[data-testid=sold-out]")).ToHaveTextAsync("Hết hàng");
        await Assertions.Expect(tile.Locator("[data-testid=sold]")).ToHaveTextAsync($"{Units}");
        var ticks = page.Locator("[data-testid=tick]");
        await Assertions.Expect(ticks).ToHaveCountAsync(orders.Length + 1);
        foreach (var orderId in orders.Select(o => o.OrderId).Append("SP-2002"))
        {
            await Assertions.Expect(page.Locator($"[data-testid=tick][data-order='{orderId}']")).ToHaveCountAsync(1);
        }

        await Assertions.Expect(page.Locator("[data-testid=tick][data-order='SP-2002']")).ToHaveClassAsync("refused");
        await Assertions.Expect(page.Locator("[data-testid=alerts]")).ToContainTextAsync("đã hết hàng");
        await Assertions.Expect(overlay.Locator("[data-testid=overlay-stock]")).ToHaveTextAsync("Hết hàng");

        var stock = await office.StockAsync(sku);
        Assert.Equal((0L, 0L, 0L), (stock.GetProperty("onHand").GetInt64(), stock.GetProperty("reserved").GetInt64(), stock.GetProperty("available").GetInt64()));

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("console-phone.png"), FullPage = true });

        // The host switches to Russian; the choice is the user's, so it survives a reload (a new circuit).
        await page.SelectOptionAsync("[data-testid=language]", "ru");
        await Assertions.Expect(tile.Locator("[data-testid=sold-out]")).ToHaveTextAsync("Распродано");
        await page.ReloadAsync();
        await Assertions.Expect(tile.Locator("[data-testid=sold-out]")).ToHaveTextAsync("Распродано");
        await Assertions.Expect(page.Locator("[data-testid=tick]")).ToHaveCountAsync(orders.Length + 1);
        await page.SetViewportSizeAsync(1920, 1080);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("console-monitor.png"), FullPage = true });
        await overlay.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("overlay.png"), OmitBackground = true });
    }

    public async Task DisposeAsync()
    {
        // The redis-server is a child process: it must stop even when a host fails to stop cleanly.
        try
        {
            await _console.DisposeAsync();
            await _hub.DisposeAsync();
        }
        finally
        {
            _redis.Dispose();
        }
    }
}
