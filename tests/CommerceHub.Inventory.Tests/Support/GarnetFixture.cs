using CommerceHub.Testing;
using Garnet;

namespace CommerceHub.Inventory.Tests.Support;

/// <summary>An in-process Garnet server with the options the hub uses (Lua in transaction mode), on a free port.</summary>
public sealed class GarnetFixture : IDisposable
{
    private readonly GarnetServer _server;
    private readonly string _directory = Directory.CreateTempSubdirectory("ch-garnet-").FullName;

    public GarnetFixture()
    {
        Port = FreePort.Next();
        _server = new GarnetServer(
        [
            "--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--memory", "128m", "--index", "16m", "-q", "--device-type", "RandomAccess",
            "--lua", "--lua-transaction-mode", "--checkpointdir", _directory,
        ]);
        _server.Start();
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false,syncTimeout=10000";

    public void Dispose()
    {
        _server.Dispose();
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
