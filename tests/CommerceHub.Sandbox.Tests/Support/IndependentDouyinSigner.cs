using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CommerceHub.Sandbox.Tests.Support;

/// <summary>
/// Douyin signing written from the platform notes alone (and JsonNode rather than the sandbox's writer), so tests check
/// the sandbox against the spec: sorted compact param_json, secret-wrapped plain text, md5 or keyed hmac-sha256, lowercase hex.
/// </summary>
internal static class IndependentDouyinSigner
{
    public static string SortedJson(JsonNode? node) => Sort(node)?.ToJsonString(new System.Text.Json.JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }) ?? "{}";

    [SuppressMessage("Security", "CA5351", Justification = "Douyin's md5 sign method.")]
    public static string Sign(string secret, string appKey, string method, string paramJson, string timestamp, string signMethod)
    {
        var plain = secret + "app_key" + appKey + "method" + method + "param_json" + paramJson + "timestamp" + timestamp + "v2" + secret;
        var bytes = Encoding.UTF8.GetBytes(plain);
        var hash = signMethod == "hmac-sha256" ? HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), bytes) : MD5.HashData(bytes);
        return string.Concat(hash.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [SuppressMessage("Security", "CA5351", Justification = "Douyin's push signature is md5.")]
    public static string PushSign(string appKey, string appSecret, string body) =>
        string.Concat(MD5.HashData(Encoding.UTF8.GetBytes(appKey + body + appSecret)).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sort)]),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };
}
