using System.Globalization;

namespace CommerceHub.Bench.Sync;

internal sealed record SyncOptions(int Products, int SteadyRate, int SteadySeconds, int StormRate, int StormSeconds, int HotSkus)
{
    public static SyncOptions Parse(string[] args)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["--products"] = 40, ["--steady-rate"] = 20, ["--steady-seconds"] = 30, ["--storm-rate"] = 1_000, ["--storm-seconds"] = 10, ["--hot"] = 4,
        };
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!values.ContainsKey(args[i]) || !int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                throw new ArgumentException($"Unknown option or not a positive number: {args[i]} {args[i + 1]}. Options: {string.Join(' ', values.Keys)}.");
            }

            values[args[i]] = value;
        }

        return new SyncOptions(values["--products"], values["--steady-rate"], values["--steady-seconds"], values["--storm-rate"], values["--storm-seconds"], values["--hot"]);
    }
}
