using System.Collections.Frozen;

namespace CommerceHub.HubApi.Features.Catalog.HsCodes;

/// <summary>
/// The HS 2022 subheadings (6 digits), shipped inside the assembly. China's commodity code adds four national
/// digits; customs messages need all ten, so a product's code is checked for both length and subheading.
/// </summary>
public sealed class HsCodeDirectory
{
    private readonly FrozenDictionary<string, string> _subheadings;

    public HsCodeDirectory()
    {
        using var stream = typeof(HsCodeDirectory).Assembly.GetManifestResourceStream("hs2022-subheadings.txt")
            ?? throw new InvalidOperationException("The HS 2022 table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length < 7)
            {
                continue;
            }

            entries[line[..6]] = line[7..];
        }

        _subheadings = entries.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int Count => _subheadings.Count;

    /// <summary>Null when the code is valid; otherwise why it is not.</summary>
    public string? Check(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "is required.";
        }

        if (code.Length != 10 || !code.All(char.IsAsciiDigit))
        {
            return "must be exactly 10 digits (China's commodity code).";
        }

        return _subheadings.ContainsKey(code[..6])
            ? null
            : $"'{code[..6]}' is not an HS 2022 subheading.";
    }

    public string? Describe(string code) =>
        code.Length >= 6 && _subheadings.TryGetValue(code[..6], out var description) ? description : null;
}
