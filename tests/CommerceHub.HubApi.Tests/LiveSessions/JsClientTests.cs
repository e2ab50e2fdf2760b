using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.Testing;

namespace CommerceHub.HubApi.Tests.LiveSessions;

/// <summary>The hub's protocol serves non-.NET clients: the npm SignalR client joins a session and receives an order.</summary>
[Collection(HubCollection.Name)]
public sealed class JsClientTests(HubFixture hub)
{
    [Fact]
    public async Task JavaScriptClient_JoinsOverWebSockets_AndReceivesAnOrderOfItsSession()
    {
        var script = ScriptDirectory();
        if (!Directory.Exists(Path.Combine(script, "node_modules")))
        {
            await RunAsync(Tools.Require("npm"), ["ci", "--no-audit", "--no-fund"], script);
        }

        var port = FreePort.Next();
        var database = $"Data Source={Path.Combine(Path.GetTempPath(), $"ch-live-js-{Guid.NewGuid():N}.db")}";
        await using var factory = new HubFactory(hub.Redis.ConnectionString, DatabaseProvider.Sqlite, database,
            new Dictionary<string, string?> { ["Jobs:RunServer"] = "false", ["Urls"] = $"http://127.0.0.1:{port}" });
        factory.UseKestrel(port);
        factory.StartServer();
        var baseUrl = $"http://127.0.0.1:{port}";
        var admin = await HubClient.SignInAsync(new HttpClient { BaseAddress = new Uri(baseUrl) }, HubClient.Admin());
        var setup = await LiveSteps.SessionAsync(admin);

        using var lines = new BlockingCollection<JsonElement>();
        using var node = StartNode(script, baseUrl, setup.SessionId, lines);
        try
        {
            var joined = Next(lines);
            Assert.Equal("joined", joined.GetProperty("step").GetString());
            Assert.Equal(setup.Skus, joined.GetProperty("lineup").EnumerateArray().Select(s => s.GetString()));
            var order = LiveSteps.Order(setup, setup.Channels[0], setup.Skus[0], 1);
            using var redis = hub.Redis.Connect();
            await LiveSteps.PublishAsync(redis, order);

            var received = Next(lines);
            Assert.Equal("order", received.GetProperty("step").GetString());
            Assert.Equal(order.OrderId, received.GetProperty("orderId").GetGuid());
            Assert.Equal(setup.SessionId, received.GetProperty("sessionId").GetGuid());
            Assert.True(node.WaitForExit(10_000));
            Assert.Equal(0, node.ExitCode);
        }
        finally
        {
            if (!node.HasExited)
            {
                node.Kill(entireProcessTree: true);
            }
        }
    }

    private static Process StartNode(string script, string baseUrl, Guid sessionId, BlockingCollection<JsonElement> lines)
    {
        var info = new ProcessStartInfo(Tools.Require("node"), "client.mjs")
        {
            WorkingDirectory = script,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["HUB_URL"] = baseUrl,
                ["EMAIL"] = HubClient.Host(),
                ["PASSWORD"] = "commercehub-demo",
                ["SESSION_ID"] = sessionId.ToString(),
            },
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line && line.StartsWith('{'))
            {
                lines.Add(JsonDocument.Parse(line).RootElement.Clone());
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                lines.Add(JsonSerializer.SerializeToElement(new { step = "stderr", message = line }));
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static JsonElement Next(BlockingCollection<JsonElement> lines)
    {
        Assert.True(lines.TryTake(out var line, TimeSpan.FromSeconds(30)), "The node client printed nothing.");
        Assert.NotEqual("stderr", line.GetProperty("step").GetString());
        return line;
    }

    private static async Task RunAsync(string file, string[] arguments, string directory)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!; // Start only returns null for shell-executed documents.
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} failed: {await error}");
    }

    /// <summary>The script's folder in the source tree (node_modules stays there, ignored by git).</summary>
    private static string ScriptDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "CommerceHub.HubApi.Tests", "LiveSessions", "js");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/CommerceHub.HubApi.Tests/LiveSessions/js not found above the test binaries.");
    }
}
