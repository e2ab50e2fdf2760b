using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CommerceHub.LiveConsole.Localization;

/// <summary>
/// The language each user chose in the console, remembered across devices and restarts in one small JSON file. The
/// hub user's own language is the default until the user picks another.
/// </summary>
public sealed class LanguagePreferences
{
    private readonly string _file;
    private readonly ConcurrentDictionary<Guid, string> _choices;
    private readonly Lock _writing = new();

    public LanguagePreferences(IOptions<ConsoleOptions> options)
    {
        var directory = Path.GetFullPath(options.Value.DataDirectory);
        Directory.CreateDirectory(directory);
        _file = Path.Combine(directory, "languages.json");
        _choices = File.Exists(_file)
            ? new(JsonSerializer.Deserialize<Dictionary<Guid, string>>(File.ReadAllText(_file)) ?? [])
            : new();
    }

    public string? Find(Guid userId) => _choices.GetValueOrDefault(userId);

    public void Remember(Guid userId, string language)
    {
        if (!UiTexts.IsSupported(language))
        {
            throw new ArgumentException($"'{language}' is not a console language.", nameof(language));
        }

        _choices[userId] = language;
        lock (_writing)
        {
            var temporary = _file + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(_choices));
            File.Move(temporary, _file, overwrite: true);
        }
    }
}
