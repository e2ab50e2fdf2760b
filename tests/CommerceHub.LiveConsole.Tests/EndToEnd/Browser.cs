using Microsoft.Playwright;

namespace CommerceHub.LiveConsole.Tests.EndToEnd;

/// <summary>Debian's headless Chromium driven by Playwright; no browser download.</summary>
public static class Browser
{
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = CommerceHub.Testing.Tools.Require("chromium", "/usr/bin/chromium"),
            Headless = true,
            Args = Args,
        });

    /// <summary>tests/CommerceHub.LiveConsole.Tests/TestResults/screenshots, beside the other test output.</summary>
    public static string ScreenshotPath(string name)
    {
        var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", ".."));
        var directory = Directory.CreateDirectory(Path.Combine(project, "TestResults", "screenshots")).FullName;
        return Path.Combine(directory, name);
    }
}
