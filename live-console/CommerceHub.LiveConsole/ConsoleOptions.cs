using System.ComponentModel.DataAnnotations;

namespace CommerceHub.LiveConsole;

/// <summary>The console's own settings.</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>Where per-user preferences (the chosen language) are kept.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>How long an overlay link stays valid: one streaming day by default.</summary>
    [Range(1, 24 * 7)]
    public int OverlayKeyHours { get; set; } = 12;
}
