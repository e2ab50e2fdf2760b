using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CommerceHub.HubApi.Tests.Infrastructure;

public static class CatalogSteps
{
    public static async Task<JsonElement> CreateAsync(HubClient admin, Dictionary<string, object?>? body = null)
    {
        var response = await admin.PostAsync("/api/products", body ?? Products.Valid());
        await HubClient.EnsureAsync(response, HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>(HubClient.Json);
    }
}
