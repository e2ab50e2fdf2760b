using StackExchange.Redis;

namespace CommerceHub.Testing;

/// <summary>
/// A real redis-server on a free loopback port, in its own temporary directory, without persistence.
/// Use it as an xunit class or collection fixture.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly ExternalProcess _process;
    private readonly string _directory;

    public RedisServer()
    {
        Port = FreePort.Next();
        _directory = Directory.CreateTempSubdirectory("ch-redis-").FullName;
        var binary = Tools.Require("redis-server", "/usr/bin/redis-server");
        _process = ExternalProcess.Start(binary,
        [
            "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", _directory, "--maxclients", "20000", "--protected-mode", "no",
        ], _directory);
        WaitUntilReady();
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=5000,syncTimeout=10000";

    /// <summary>Opens a new multiplexer (a new socket); callers dispose it.</summary>
    public ConnectionMultiplexer Connect() => ConnectionMultiplexer.Connect(ConnectionString + ",allowAdmin=true");

    public void Flush()
    {
        using var connection = Connect();
        connection.GetServer("127.0.0.1", Port).FlushAllDatabases();
    }

    private void WaitUntilReady()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited on start (port {Port}).");
            }

            try
            {
                using var connection = ConnectionMultiplexer.Connect($"127.0.0.1:{Port},abortConnect=true,connectTimeout=500");
                connection.GetDatabase().Ping();
                return;
            }
            catch (RedisConnectionException)
            {
                Thread.Sleep(100);
            }
        }

        throw new TimeoutException($"redis-server did not answer on port {Port}.");
    }

    public void Dispose()
    {
        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the dying server; the temp directory is cleaned by the OS later.
        }
    }
}
