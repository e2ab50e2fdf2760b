using Garnet;

namespace CommerceHub.HubApi.Infrastructure.Redis;

/// <summary>
/// An in-process Garnet server for the embedded default, with its own data directory and an append-only file so
/// stock and jobs survive a restart.
/// </summary>
public sealed class EmbeddedGarnet : IDisposable
{
    private readonly GarnetServer _server;

    public EmbeddedGarnet(EmbeddedGarnetOptions options)
    {
        var directory = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(directory);
        Port = options.Port;
        _server = new GarnetServer(
        [
            "--bind", "127.0.0.1", "--port", options.Port.ToString(),
            "--memory", options.Memory, "--index", options.Index, "-q",
            // The default native device needs a newer glibc than Debian 12 and crashes on the first AOF write.
            "--device-type", "RandomAccess",
            // Without transaction mode a Lua script is not atomic and the stock ledger could oversell.
            "--lua", "--lua-transaction-mode",
            "--checkpointdir", directory, "--aof", "--recover",
        ]);
        _server.Start();
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false";

    public void Dispose() => _server.Dispose();
}
