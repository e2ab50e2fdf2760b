extern alias sandbox;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Features.Consignments;
using CommerceHub.LiveConsole.Hub;
using CommerceHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using sandbox::CommerceHub.Sandbox.Hosting;
using sandbox::CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

namespace CommerceHub.LiveConsole.Tests.EndToEnd;

/// <summary>
/// A warehouse worker runs the PXG board in real headless Chromium while the hub declares to the single-window
/// simulator: a consignment created over the API appears live, scans typed into the scan box move it, an outage of
/// the single window faults the declaration into an incident that is retried from the board, and the customs
/// receipts show up in its timeline.
/// </summary>
[Collection(BrowserTests.Collection)]
public sealed class WarehouseBoardEndToEndTests : IAsyncLifetime
{
    private const string DxpId = "DXPENT0000000001";
    private readonly RedisServer _redis = new();
    private readonly SingleWindowGate _gate = new();
    private SandboxHost _sandbox = null!; // Set in InitializeAsync, before the test runs.
    private HubHost _hub = null!; // Set in InitializeAsync.
    private ConsoleHost _console = null!; // Set in InitializeAsync.

    public async Task InitializeAsync()
    {
        _sandbox = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:CustomsSingleWindow:Port"] = "0",
            ["Sandbox:Platforms:CustomsSingleWindow:Apps:0:AppId"] = DxpId,
            ["Sandbox:Platforms:CustomsSingleWindow:Apps:0:AppSecret"] = "unused",
            [$"{SingleWindowSettings.Section}:AcceptSeconds"] = "0.2",
            [$"{SingleWindowSettings.Section}:ReviewSeconds"] = "0.3",
            [$"{SingleWindowSettings.Section}:DecisionSeconds"] = "0.5",
        }).Build(), [new CustomsSingleWindowPlatform()]);
        await _sandbox.StartAsync();
        _hub = new HubHost(_redis, new Dictionary<string, string?>
        {
            // The routes run as jobs: this test needs the Hangfire server the console test leaves off.
            ["Jobs:RunServer"] = "true",
            ["Jobs:WorkerCount"] = "2",
            ["SampleData:ConnectSandboxShops"] = "false",
            ["SampleData:Consignments"] = "false",
            ["Customs:SingleWindow:BaseUrl"] = _sandbox.BaseUrl("CustomsSingleWindow").ToString(),
            ["Customs:SingleWindow:DxpId"] = DxpId,
            ["Customs:SingleWindow:PollInterval"] = "00:00:00.200",
        }, services =>
        {
            services.AddHttpClient(nameof(SingleWindowClient)).AddHttpMessageHandler(_gate.Handler);
        });
        _hub.Start();
        _console = new ConsoleHost(_hub.BaseUri);
        _console.Start();
    }

    [Fact]
    public async Task Board_ConsignmentCreatedScannedFaultedAndRetried_FollowsItLiveToReleaseWithItsReceipts()
    {
        using var admin = await SignInAsync("merchantadmin@pxg-trading.example");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        // A tablet in landscape, as on a warehouse cart.
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(30_000);

        // The sample warehouse user speaks Chinese, and warehouse staff start on the board.
        await page.GotoAsync(new Uri(_console.BaseUri, "login").ToString());
        await page.FillAsync("input[type=email]", "warehouse@pxg-trading.example");
        await page.FillAsync("input[type=password]", "commercehub-demo");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "选择仓库" })).ToBeVisibleAsync();
        await page.ClickAsync("[data-testid=warehouse-PXG]");
        await Assertions.Expect(page.Locator("[data-testid=connection]")).ToHaveTextAsync("已连接");
        await Assertions.Expect(page.Locator("[data-testid=scan-input]")).ToBeFocusedAsync();

        var created = await CreateConsignmentAsync(admin);
        var parcel = created.Summary.ParcelNo;
        var card = page.Locator($"[data-parcel='{parcel}']");
        await Assertions.Expect(page.Locator($"[data-testid=stage-AwaitingInbound] [data-parcel='{parcel}']")).ToBeVisibleAsync();

        // The single window goes down before the parcel is declared.
        _gate.Close();
        await WaitForTimelineAsync(admin, created.Summary.Id, "Waiting for the inbound scan.");
        await ScanAsync(page, ScanStations.Inbound, parcel);
        await Assertions.Expect(page.Locator("[data-testid=scan-result]")).ToHaveAttributeAsync("data-outcome", "resumed");
        await Assertions.Expect(page.Locator("[data-testid=scan-headline]")).ToHaveTextAsync("已处理：流程已推进");
        await Assertions.Expect(page.Locator($"[data-testid=stage-InWarehouse] [data-parcel='{parcel}']")).ToBeVisibleAsync();

        await ScanAsync(page, ScanStations.Inbound, "PXG-NO-SUCH-PARCEL");
        await Assertions.Expect(page.Locator("[data-testid=scan-result]")).ToHaveAttributeAsync("data-outcome", "unknown");

        // The pack scan reads the label's QR payload; the route then declares, and the outage faults the step.
        await WaitForTimelineAsync(admin, created.Summary.Id, "Waiting for the pack scan.");
        await ScanAsync(page, ScanStations.Pack, ScanPayloads.ForParcel(created.Summary.CopNo, parcel));
        await Assertions.Expect(page.Locator("[data-testid=scan-result]")).ToHaveAttributeAsync("data-outcome", "resumed");
        var detail = page.Locator("[data-testid=detail]");
        await Assertions.Expect(detail).ToHaveAttributeAsync("data-parcel", parcel);
        var retry = detail.Locator("[data-testid=incident-retry]");
        await Assertions.Expect(retry).ToBeVisibleAsync();
        await Assertions.Expect(detail.Locator("[data-testid=incident]")).ToContainTextAsync("503");
        await Assertions.Expect(card.Locator("[data-testid=incident-count]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("board-incident.png"), FullPage = true });

        // The single window is back: the worker retries, the list is declared, and customs releases it.
        _gate.Open();
        await retry.ClickAsync();
        await Assertions.Expect(detail.Locator("[data-testid=detail-stage]")).ToHaveTextAsync("已放行");
        await Assertions.Expect(page.Locator($"[data-testid=stage-Released] [data-parcel='{parcel}']")).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator("[data-testid=incident-count]")).ToHaveCountAsync(0);
        await Assertions.Expect(detail.Locator("[data-testid=receipt][data-code='800']")).ToContainTextAsync("800 放行");
        await Assertions.Expect(detail.Locator("[data-testid=receipt][data-code='120']").First).ToContainTextAsync("海关入库");
        await Assertions.Expect(detail.Locator("[data-testid=timeline-entry][data-kind=receipt]").First).ToContainTextAsync("海关回执");
        await Assertions.Expect(detail.Locator("[data-testid=mode-reasons]")).ToBeVisibleAsync();
        await Assertions.Expect(detail.Locator("[data-testid=route-step][data-step=load]")).ToHaveAttributeAsync("data-state", "current");
        await Assertions.Expect(detail.Locator("[data-testid=route-step][data-step=declare]")).ToHaveAttributeAsync("data-state", "visited");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("board-tablet.png"), FullPage = true });
        await page.SetViewportSizeAsync(412, 915);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("board-phone.png"), FullPage = true });

        // The printable label carries the payload the scanners read.
        var labelHref = await detail.Locator("[data-testid=label-link]").GetAttributeAsync("href") ?? "";
        await page.SetViewportSizeAsync(600, 900);
        await page.GotoAsync(new Uri(_console.BaseUri, labelHref).ToString());
        var qr = page.Locator("[data-testid=label-qr]");
        await Assertions.Expect(qr).ToHaveAttributeAsync("data-payload", ScanPayloads.ForParcel(created.Summary.CopNo, parcel));
        await Assertions.Expect(qr.Locator("svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=label-parcel]")).ToHaveTextAsync(parcel);
        await page.Locator("[data-testid=label]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Browser.ScreenshotPath("label.png") });
    }

    private static async Task ScanAsync(IPage page, string station, string payload)
    {
        await page.SelectOptionAsync("[data-testid=scan-station]", station);
        // A keyboard-wedge scanner types into the focused field and ends with Enter.
        await page.Locator("[data-testid=scan-input]").FocusAsync();
        await page.Keyboard.TypeAsync(payload);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=scan-input]")).ToHaveValueAsync("");
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var http = new HttpClient { BaseAddress = _hub.BaseUri };
        var login = await http.PostAsJsonAsync("api/auth/login", new { email, password = "commercehub-demo" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>A 9610 parcel of two units of a sample SKU, with stock received at PXG for it.</summary>
    private static async Task<ConsignmentDetail> CreateConsignmentAsync(HttpClient admin)
    {
        var page = await admin.GetFromJsonAsync<JsonElement>("api/stock?pageSize=1");
        var sku = page.GetProperty("items")[0].GetProperty("sku").GetString()!; // Sample data always has stock.
        (await admin.PostAsJsonAsync("api/stock/receipts", new { lines = new[] { new { sku, warehouse = "PXG", quantity = 10 } } })).EnsureSuccessStatusCode();
        using var response = await admin.PostAsJsonAsync("api/consignments", new
        {
            orderNo = "E2E-" + Guid.NewGuid().ToString("N")[..10],
            lines = new[] { new { sku, name = "六堡茶", hsCode = "0902301000", quantity = 2, unitPriceCny = 150m } },
            destinationCountry = "VN",
            transportMode = "road",
            buyerKind = "Consumer",
            warehouseCode = "PXG",
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ConsignmentDetail>(HubApiClient.Json))!; // 201 carries the detail.
    }

    /// <summary>Waits until the route waits at a station, so the scan resumes it rather than being parked for later.</summary>
    private static async Task WaitForTimelineAsync(HttpClient admin, Guid id, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var detail = await admin.GetFromJsonAsync<ConsignmentDetail>($"api/consignments/{id}", HubApiClient.Json);
            if (detail!.Timeline.Any(t => t.Text.Contains(text, StringComparison.Ordinal)))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{detail.Summary.ParcelNo} never logged '{text}': {string.Join(" | ", detail.Timeline.Select(t => t.Text))}");
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        // The redis-server is a child process: it must stop even when a host fails to stop cleanly.
        try
        {
            await _console.DisposeAsync();
            await _hub.DisposeAsync();
            await _sandbox.StopAsync();
            await _sandbox.DisposeAsync();
        }
        finally
        {
            _redis.Dispose();
        }
    }
}
