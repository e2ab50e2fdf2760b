using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CommerceHub.Testing;

namespace CommerceHub.Bench;

/// <summary>Runs redis-benchmark for one command and reads its requests-per-second figure.</summary>
internal static partial class RedisBenchmarkTool
{
    [GeneratedRegex(@"([\d.]+) requests per second")]
    private static partial Regex Rate();

    public static async Task<double> RunAsync(int port, int clients, int pipeline, int requests, IEnumerable<string> command)
    {
        var binary = Tools.Require("redis-benchmark", "/usr/bin/redis-benchmark");
        var info = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true };
        // -r makes every __rand_int__ a random number below the keyspace size, so each call names a new reservation.
        foreach (var a in new[] { "-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-c", clients.ToString(CultureInfo.InvariantCulture),
                     "-P", pipeline.ToString(CultureInfo.InvariantCulture),
                     "-n", requests.ToString(CultureInfo.InvariantCulture), "-r", "1000000000", "-q" }.Concat(command))
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start redis-benchmark.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        // -q rewrites its progress line with carriage returns; the final figure is the last match.
        var matches = Rate().Matches(output);
        if (process.ExitCode != 0 || matches.Count == 0)
        {
            throw new InvalidOperationException($"redis-benchmark failed: {output} {error}");
        }

        return double.Parse(matches[^1].Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
