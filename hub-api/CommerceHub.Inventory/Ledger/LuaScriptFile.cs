using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace CommerceHub.Inventory.Ledger;

/// <summary>
/// One embedded Lua script, run by SHA (EVALSHA) and sent in full only when the server has not cached it yet
/// (first use, or after a restart or SCRIPT FLUSH).
/// </summary>
public sealed class LuaScriptFile
{
    private LuaScriptFile(string name, string text)
    {
        Name = name;
        Text = text;
        // SHA-1 is not used for security here: it is how Redis names a cached script (EVALSHA).
#pragma warning disable CA5350
        Sha1 = SHA1.HashData(Encoding.UTF8.GetBytes(text));
#pragma warning restore CA5350
    }

    public string Name { get; }

    public string Text { get; }

    public byte[] Sha1 { get; }

    public string Sha1Hex => Convert.ToHexStringLower(Sha1);

    public async Task<RedisResult> RunAsync(IDatabaseAsync database, RedisKey[] keys, RedisValue[] values)
    {
        try
        {
            return await database.ScriptEvaluateAsync(Sha1, keys, values);
        }
        catch (RedisServerException e) when (e.Message.Contains("NOSCRIPT", StringComparison.Ordinal))
        {
            return await database.ScriptEvaluateAsync(Text, keys, values);
        }
    }

    internal static LuaScriptFile Load(string name)
    {
        var assembly = typeof(LuaScriptFile).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return new LuaScriptFile(name, reader.ReadToEnd());
    }
}

/// <summary>The ledger's scripts; only these write the stock hash.</summary>
public static class LedgerScripts
{
    public static LuaScriptFile Reserve { get; } = LuaScriptFile.Load("reserve.lua");

    public static LuaScriptFile Settle { get; } = LuaScriptFile.Load("settle.lua");

    public static LuaScriptFile Transfer { get; } = LuaScriptFile.Load("transfer.lua");

    public static LuaScriptFile Adjust { get; } = LuaScriptFile.Load("adjust.lua");

    public static LuaScriptFile LoadSnapshot { get; } = LuaScriptFile.Load("load.lua");

    internal static LuaScriptFile Trim { get; } = LuaScriptFile.Load("trim.lua");

    internal static LuaScriptFile Unlock { get; } = LuaScriptFile.Load("unlock.lua");

    internal static LuaScriptFile PublishIfChanged { get; } = LuaScriptFile.Load("publish-if-changed.lua");
}
