namespace CommerceHub.Testing;

/// <summary>Finds the server binaries the test command installs with apt-get.</summary>
public static class Tools
{
    public static string Require(string name, params string[] candidates)
    {
        foreach (var candidate in candidates.Append(name))
        {
            if (Path.IsPathRooted(candidate) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var full = Path.Combine(directory, name);
            if (File.Exists(full))
            {
                return full;
            }
        }

        throw new InvalidOperationException(
            $"'{name}' is not installed. Run the README's test command, which installs it with apt-get.");
    }
}
