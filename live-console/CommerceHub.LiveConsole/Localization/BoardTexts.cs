namespace CommerceHub.LiveConsole.Localization;

/// <summary>The warehouse board's texts, one file per language; each <see cref="UiText"/> carries its language's.</summary>
public static partial class BoardTexts;
