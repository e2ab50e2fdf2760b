using System.Globalization;
using CommerceHub.Testing;
using Microsoft.Playwright;

namespace CommerceHub.LiveConsole.Tests.EndToEnd;

/// <summary>
/// A host runs a stream in real headless Chromium: signs in to the console, schedules and starts a session on two
/// marketplace shops (the sandbox's Shopee and TikTok Shop, connected and published through the hub), pins a product,
/// starts a flash sale on all of its stock, and watches a burst of buyers on both platforms sell it out. The orders
/// travel as in production: platform → push → the hub's import → flash-sale claim → console.
/// </summary>
[Collection(BrowserTests.Collection)]
public sealed class LiveConsoleEndToEndTests : IAsyncLifetime
{
    private const int Units = 6;

    // More buyers per platform than the sale has units: each platform shows every sale unit, so the two together take
    // more orders than there is stock, and the hub must refuse the rest.
    private const int BuyersPerPlatform = Units;
    private readonly RedisServer _redis = new();
    private MarketplaceSandbox _sandbox = null!; // Set in InitializeAsync, before the test runs.
    private HubHost _hub = null!; // Set in InitializeAsync.
    private ConsoleHost _console = null!; // Set in InitializeAsync.

    public async Task InitializeAsync()
    {
        _sandbox = await MarketplaceSandbox.StartAsync();
        _hub = new HubHost(_redis, _sandbox.HubSettings());
        _hub.Start();
        _console = new ConsoleHost(_hub.BaseUri);
        _console.Start();
    }

    [Fact]
    public async Task HostConsole_FlashSaleBurstOnShopeeAndTikTok_ShowsStockFallingToZeroSoldOutAndEveryOrder()
    {
        using var office = await HubBackOffice.SignInAsync(_hub.BaseUri);
        var shops = MarketplaceSandbox.Shops;
        var shopIds = new List<Guid>();
        foreach (var shop in shops)
        {
            shopIds.Add(await office.ConnectAsync(shop));
            await _sandbox.SetWebhookAsync(shop, new Uri(_hub.BaseUri, $"api/webhooks/{shop.Marketplace}"));
        }

        var (productId, sku) = await office.ProductWithExactlyAsync(Units);
        var items = await office.PublishAsync(productId, shopIds);
        for (var i = 0; i < shops.Count; i++)
        {
            await EventuallyAsync(() => _sandbox.Stock(shops[i], items[i]) == Units, $"{shops[i].Section} shows {Units} units");
        }

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
        await page.FillAsync("[data-testid=new-channels]", string.Join(", ", shops.Select(s => s.Channel)));
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

        // Every value the tile shows from now on, as the browser renders it.
        await page.EvaluateAsync(@"sku => {
            const target = document.querySelector(`[data-testid='product-${sku}'] [data-testid=remaining]`);
            window.remainingSeen = [target.textContent];
            new MutationObserver(() => window.remainingSeen.push(target.textContent))
                .observe(target, { childList: true, characterData: true, subtree: true });
        }", sku);

        // The rush: buyers on both platforms at once, each paying at once.
        var bursts = await Task.WhenAll(shops.Select((shop, i) => _sandbox.BurstAsync(shop, items[i], BuyersPerPlatform)));
        var placed = bursts.SelectMany(b => b).ToList();
        Assert.True(placed.Count > Units, $"The platforms took {placed.Count} orders; the test needs more than the {Units} units.");

        await Assertions.Expect(tile.Locator("[data-testid=remaining]")).ToHaveTextAsync("0");
        await Assertions.Expect(tile.Locator("[data-testid=sold-out]")).ToHaveTextAsync("Hết hàng");
        await Assertions.Expect(tile.Locator("[data-testid=sold]")).ToHaveTextAsync($"{Units}");
        // The ticker shows every order the platforms took: the sale's units claimed, the rest refused.
        var ticks = page.Locator("[data-testid=tick]");
        await Assertions.Expect(ticks).ToHaveCountAsync(placed.Count);
        foreach (var orderId in placed)
        {
            await Assertions.Expect(page.Locator($"[data-testid=tick][data-order='{orderId}']")).ToHaveCountAsync(1);
        }

        await Assertions.Expect(page.Locator("[data-testid=tick].refused")).ToHaveCountAsync(placed.Count - Units);
        foreach (var shop in shops)
        {
            await Assertions.Expect(page.Locator($"[data-testid=tick][data-channel='{shop.Channel}']").First).ToBeVisibleAsync();
        }

        // The sale took the whole pool, so its end is the product's end on every channel; never a "sale sold out" alert.
        await Assertions.Expect(page.Locator("[data-testid=alerts]")).ToContainTextAsync("đã hết hàng trên mọi kênh");
        await Assertions.Expect(page.Locator("[data-testid=alert].soldout")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=alert].flashsalesoldout")).ToHaveCountAsync(0);
        await Assertions.Expect(overlay.Locator("[data-testid=overlay-stock]")).ToHaveTextAsync("Hết hàng");

        var seen = (await page.EvaluateAsync<string[]>("() => window.remainingSeen")).Select(v => long.Parse(v.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Units, seen[0]);
        Assert.Equal(0, seen[^1]);
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.Second <= p.First), $"The stock shown went up on the way down: {string.Join(" → ", seen)}");

        // The ledger: exactly the sale's units are held by orders, every other order refused, nothing left, nothing oversold.
        var orders = await EventuallyAsync(() => office.OrdersAsync(sku), o => o.Count == placed.Count && o.Values.All(v => v is "Reserved" or "Refused"));
        Assert.Equal(placed.Order(), orders.Keys.Order());
        Assert.Equal(Units, orders.Values.Count(v => v == "Reserved"));
        Assert.Equal(((long)Units, (long)Units, 0L), await office.StockAsync(sku));

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("console-phone.png"), FullPage = true });

        // The host switches to Russian; the choice is the user's, so it survives a reload (a new circuit).
        await page.SelectOptionAsync("[data-testid=language]", "ru");
        await Assertions.Expect(tile.Locator("[data-testid=sold-out]")).ToHaveTextAsync("Распродано");
        await page.ReloadAsync();
        await Assertions.Expect(tile.Locator("[data-testid=sold-out]")).ToHaveTextAsync("Распродано");
        await Assertions.Expect(page.Locator("[data-testid=tick]")).ToHaveCountAsync(placed.Count);
        await page.SetViewportSizeAsync(1920, 1080);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("console-monitor.png"), FullPage = true });
        await overlay.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("overlay.png"), OmitBackground = true });

        // The stream is over: the session ends and links to its summary, per product and per platform.
        await page.ClickAsync("[data-testid=end-session]");
        await page.ClickAsync("[data-testid=summary-link]");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Итоги эфира: Tối thứ Hai" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=summary-units]")).ToHaveTextAsync($"{Units}");
        await Assertions.Expect(page.Locator("[data-testid=summary-refused]")).ToHaveTextAsync($"{placed.Count - Units}");
        await Assertions.Expect(page.Locator("[data-testid=summary-product]")).ToHaveCountAsync(1);
        var perChannel = orders.Where(o => o.Value == "Reserved").GroupBy(o => bursts[0].Contains(o.Key) ? shops[0].Channel : shops[1].Channel)
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (var (channel, units) in perChannel)
        {
            await Assertions.Expect(page.Locator($"[data-testid=summary-channel][data-channel='{channel}'] td").Nth(2)).ToHaveTextAsync($"{units}");
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("summary.png"), FullPage = true });
    }

    private static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(100);
        }
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        // The redis-server is a child process: it must stop even when a host fails to stop cleanly.
        try
        {
            await _console.DisposeAsync();
            await _hub.DisposeAsync();
            await _sandbox.DisposeAsync();
        }
        finally
        {
            _redis.Dispose();
        }
    }
}
