using System.Security.Claims;
using Bunit;
using CommerceHub.LiveConsole.Auth;
using CommerceHub.LiveConsole.Components.Console;
using CommerceHub.LiveConsole.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CommerceHub.LiveConsole.Tests.Components;

public sealed class LanguageTests : BunitContext
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ch-console-").FullName;
    private readonly Guid _userId = Guid.NewGuid();

    public LanguageTests()
    {
        Services.AddSingleton(Options.Create(new ConsoleOptions { DataDirectory = _directory }));
        Services.AddSingleton<LanguagePreferences>();
        Services.AddScoped<UiLanguage>();
        AddAuthorization().SetAuthorized("Host").SetClaims(new Claim(ConsoleClaims.UserId, _userId.ToString()));
    }

    [Fact]
    public void LanguageSwitch_Chosen_ChangesTheCircuitAndIsRememberedForTheUser()
    {
        var language = Services.GetRequiredService<UiLanguage>();
        var changes = 0;
        language.Changed += () => changes++;
        var cut = Render<LanguageSwitch>();
        Assert.Equal(6, cut.FindAll("option").Count);

        cut.Find("select").Change("kk");

        Assert.Equal("kk", language.Text.Code);
        Assert.Equal("Сатылып бітті", language.Text.SoldOut);
        Assert.Equal(1, changes);
        // A new store reads the file, as after a console restart or on the host's other device.
        Assert.Equal("kk", new LanguagePreferences(Options.Create(new ConsoleOptions { DataDirectory = _directory })).Find(_userId));
    }

    [Fact]
    public void LanguagePreferences_UnknownLanguage_IsRefused()
    {
        var preferences = Services.GetRequiredService<LanguagePreferences>();

        Assert.Throws<ArgumentException>(() => preferences.Remember(_userId, "xx"));
        Assert.Null(preferences.Find(_userId));
    }

    [Fact]
    public void UiTexts_EveryLanguage_HasItsOwnWordsAndUsableFormats()
    {
        Assert.Equal(["zh-CN", "en", "vi", "th", "ru", "kk"], UiTexts.All.Select(t => t.Code));
        Assert.Equal(6, UiTexts.All.Select(t => t.SoldOut).Distinct().Count());
        foreach (var text in UiTexts.All)
        {
            Assert.Contains("X", string.Format(System.Globalization.CultureInfo.InvariantCulture, text.AlertLow, "X", 3));
            Assert.Contains("shop", string.Format(System.Globalization.CultureInfo.InvariantCulture, text.AlertRefused, "X", "shop"));
        }

        Assert.Same(UiTexts.En, UiTexts.For("xx"));
        Assert.Same(UiTexts.ZhCn, UiTexts.For("zh-cn"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Directory.Delete(_directory, recursive: true);
    }
}
