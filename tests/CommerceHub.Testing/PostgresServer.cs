using System.Diagnostics;

namespace CommerceHub.Testing;

/// <summary>
/// A throw-away PostgreSQL cluster on a free loopback port. PostgreSQL refuses to run as root, so the
/// cluster is created and started as the 'postgres' user that Debian's package creates.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string _directory;
    private readonly string _binDirectory;

    public PostgresServer()
    {
        _binDirectory = FindBinDirectory();
        Port = FreePort.Next();
        _directory = Directory.CreateTempSubdirectory("ch-pg-").FullName;
        AsPostgres($"chown postgres:postgres '{_directory}'", asRoot: true);
        AsPostgres($"'{_binDirectory}/initdb' -D '{_directory}/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8 >'{_directory}/initdb.log' 2>&1");
        AsPostgres($"'{_binDirectory}/pg_ctl' -D '{_directory}/data' -w -t 60 -o \"-p {Port} -c listen_addresses=127.0.0.1 -k '{_directory}' -c fsync=off -c max_connections=200\" -l '{_directory}/log' start >/dev/null");
    }

    public int Port { get; }

    /// <summary>A connection string for a fresh database with the given name (created on first use by EF).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true";

    public static bool IsAvailable => Directory.Exists("/usr/lib/postgresql");

    private static string FindBinDirectory()
    {
        var root = "/usr/lib/postgresql";
        var version = Directory.Exists(root)
            ? Directory.GetDirectories(root).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        return version is null
            ? throw new InvalidOperationException("PostgreSQL is not installed. Run the README's test command, which installs it with apt-get.")
            : Path.Combine(version, "bin");
    }

    private static void AsPostgres(string command, bool asRoot = false)
    {
        var info = asRoot
            ? new ProcessStartInfo("/bin/bash", ["-c", command])
            : Environment.UserName == "postgres"
                ? new ProcessStartInfo("/bin/bash", ["-c", command])
                : new ProcessStartInfo("su", ["postgres", "-s", "/bin/bash", "-c", command]);
        info.RedirectStandardError = true;
        info.RedirectStandardOutput = true;
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start a shell.");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"PostgreSQL set-up failed ({command}): {error}");
        }
    }

    public void Dispose()
    {
        try
        {
            AsPostgres($"'{_binDirectory}/pg_ctl' -D '{_directory}/data' -m immediate stop >/dev/null");
        }
        finally
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // Left to the OS's temp cleanup.
            }
        }
    }
}
