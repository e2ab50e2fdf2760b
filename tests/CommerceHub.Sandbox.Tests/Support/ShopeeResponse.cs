using System.Net;
using System.Text.Json;

namespace CommerceHub.Sandbox.Tests.Support;

internal sealed record ShopeeResponse(HttpStatusCode Status, JsonElement Json)
{
    public string Error => Json.GetProperty("error").GetString() ?? "";

    public string Message => Json.GetProperty("message").GetString() ?? "";

    public JsonElement Response => Json.GetProperty("response");

    public ShopeeResponse EnsureOk()
    {
        Assert.True(Error.Length == 0, $"Shopee error {Error}: {Message}");
        Assert.Equal(HttpStatusCode.OK, Status);
        return this;
    }
}
