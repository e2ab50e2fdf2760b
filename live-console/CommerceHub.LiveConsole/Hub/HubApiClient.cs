using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.LiveConsole.Auth;

namespace CommerceHub.LiveConsole.Hub;

/// <summary>The hub's REST API as the console uses it, with the circuit's bearer token.</summary>
public sealed partial class HubApiClient(HttpClient http, HubAccess access)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<IReadOnlyList<LiveSessionView>> ListSessionsAsync(CancellationToken ct) =>
        (await SendAsync<HubPage<LiveSessionView>>(HttpMethod.Get, LiveRoutes.Sessions + "?pageSize=100", null, ct)).Items;

    public Task<LiveSessionView> GetSessionAsync(Guid id, CancellationToken ct) =>
        SendAsync<LiveSessionView>(HttpMethod.Get, LiveRoutes.Session(id), null, ct);

    public Task<LiveSessionView> ScheduleAsync(ScheduleLiveSessionRequest request, CancellationToken ct) =>
        SendAsync<LiveSessionView>(HttpMethod.Post, LiveRoutes.Sessions, request, ct);

    public Task<LiveSessionView> StartAsync(Guid id, CancellationToken ct) =>
        SendAsync<LiveSessionView>(HttpMethod.Post, LiveRoutes.Start(id), null, ct);

    public Task<LiveSessionView> EndAsync(Guid id, CancellationToken ct) =>
        SendAsync<LiveSessionView>(HttpMethod.Post, LiveRoutes.End(id), null, ct);

    public Task<LiveSessionSummary> SummaryAsync(Guid id, CancellationToken ct) =>
        SendAsync<LiveSessionSummary>(HttpMethod.Get, LiveRoutes.Summary(id), null, ct);

    /// <summary>The SKUs the host may put in a lineup, with what is available of each.</summary>
    public async Task<IReadOnlyList<StockRow>> ListStockAsync(CancellationToken ct) =>
        (await SendAsync<HubPage<StockRow>>(HttpMethod.Get, "/api/stock?pageSize=200", null, ct)).Items;

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var response = await SendCheckedAsync(method, path, body, ct);
        return await response.Content.ReadFromJsonAsync<T>(Json, ct)
            ?? throw new HubApiException((int)response.StatusCode, "The hub answered without a body.");
    }

    /// <summary>Sends with the circuit's token; a refusal becomes a <see cref="HubApiException"/> with the hub's reason.</summary>
    private async Task<HttpResponseMessage> SendCheckedAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
            await access.AccessTokenAsync(ct) ?? throw new HubApiException(401, "Signed out."));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw new HubApiException((int)response.StatusCode, await ProblemTextAsync(response, ct));
            }
        }

        return response;
    }

    private static async Task<string> ProblemTextAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() : null;
            var errors = problem.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object
                ? string.Join(" ", e.EnumerateObject().Select(p => $"{p.Name}: {string.Join(", ", p.Value.EnumerateArray().Select(v => v.GetString()))}"))
                : null;
            return string.Join(" ", new[] { detail, errors }.Where(s => !string.IsNullOrEmpty(s))) is { Length: > 0 } text
                ? text : $"HTTP {(int)response.StatusCode}";
        }
        catch (JsonException)
        {
            return $"HTTP {(int)response.StatusCode}";
        }
    }

    private sealed record HubPage<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);
}

/// <summary>A SKU's stock as <c>GET /api/stock</c> lists it.</summary>
public sealed record StockRow(string Sku, long OnHand, long Reserved, long Available);
