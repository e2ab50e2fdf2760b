namespace CommerceHub.HubApi.Infrastructure.Errors;

/// <summary>
/// Collects field errors and throws them together, so a caller sees every problem of a request at once.
/// </summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IEnumerable<(string Field, string Message)> Failures =>
        _errors.SelectMany(e => e.Value.Select(message => (e.Key, message)));

    public Validation Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public Validation Check(bool condition, string field, string message) => condition ? this : Add(field, message);

    public Validation Required(string? value, string field, int maxLength = 500)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, "is required.");
        }

        return Check(value.Length <= maxLength, field, $"must be at most {maxLength} characters.");
    }

    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new HubValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }

    /// <summary>One required string field, for handlers with a single input.</summary>
    public static void Require(string? value, string field) => new Validation().Required(value, field).ThrowIfInvalid();
}
