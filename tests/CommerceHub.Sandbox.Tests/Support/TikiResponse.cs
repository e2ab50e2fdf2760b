using System.Net;
using System.Text.Json;

namespace CommerceHub.Sandbox.Tests.Support;

internal sealed record TikiResponse(HttpStatusCode Status, JsonElement Json)
{
    public string ErrorCode => Json.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e.GetProperty("code").GetString() ?? "" : "";

    public TikiResponse EnsureOk()
    {
        Assert.True(Status == HttpStatusCode.OK, $"Tiki answered {(int)Status}: {Json}");
        return this;
    }
}
