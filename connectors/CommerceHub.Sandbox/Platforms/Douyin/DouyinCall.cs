using System.Globalization;
using System.Text.Json;
using CommerceHub.Sandbox.Core.Accounts;

namespace CommerceHub.Sandbox.Platforms.Douyin;

/// <summary>One checked call: the app, the shop its token stands for (null on the token calls), the method and param_json.</summary>
internal sealed record DouyinCall(SandboxApp App, string? ShopId, string Method, JsonElement Params)
{
    /// <summary>The shop of a call that needed a token; <see cref="DouyinGate"/> refuses token-less calls to such methods.</summary>
    public string Shop => ShopId ?? throw new InvalidOperationException($"{Method} ran without a shop token.");

    /// <summary>A parameter as text, whether sent as a JSON string or number; null when absent.</summary>
    public string? Text(string name) => Text(Params, name);

    public long? Number(string name) => Number(Params, name);

    public bool? Flag(string name) =>
        Params.ValueKind == JsonValueKind.Object && Params.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String when bool.TryParse(value.GetString(), out var b) => b,
                _ => null,
            }
            : null;

    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public static long? Number(JsonElement element, string name) =>
        long.TryParse(Text(element, name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static DouyinCall From(HttpContext http) =>
        http.Items[typeof(DouyinCall)] as DouyinCall ?? throw new InvalidOperationException("Douyin method mapped without DouyinGate.");
}
