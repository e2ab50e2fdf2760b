using System.Globalization;

namespace CommerceHub.LiveConsole.Localization;

/// <summary>The language of one circuit; components re-render when it changes.</summary>
public sealed class UiLanguage
{
    public UiText Text { get; private set; } = UiTexts.En;

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Text.Code);

    public event Action? Changed;

    public void Set(string? code)
    {
        var text = UiTexts.For(code);
        if (text != Text)
        {
            Text = text;
            Changed?.Invoke();
        }
    }
}
