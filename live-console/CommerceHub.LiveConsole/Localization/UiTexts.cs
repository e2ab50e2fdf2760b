namespace CommerceHub.LiveConsole.Localization;

/// <summary>The console's languages: those of the hosts in the border parks (zh-CN, en, vi, th, ru, kk).</summary>
public static partial class UiTexts
{
    public const string Default = "en";

    // Built on first use: the languages live in other files of this partial class, whose initialisation order C# does not fix.
    public static IReadOnlyList<UiText> All => field ??= [ZhCn, En, Vi, Th, Ru, Kk];

    /// <summary>The texts of a language code, falling back on English for codes the console does not speak.</summary>
    public static UiText For(string? code) =>
        All.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase)) ?? En;

    public static bool IsSupported(string? code) =>
        All.Any(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase));
}
