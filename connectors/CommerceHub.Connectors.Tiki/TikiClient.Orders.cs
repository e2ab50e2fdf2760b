using System.Globalization;
using CommerceHub.Connectors.Tiki.Dtos;
using RestSharp;

namespace CommerceHub.Connectors.Tiki;

internal sealed partial class TikiClient
{
    public const string OrdersPath = "/integration/v2/orders";
    public const string OrderPath = "/integration/v2/orders/{code}";

    /// <summary>Drop-ship "confirm enough stock": the guides name the call, the path is a guess (see the sandbox's TikiAssumptions).</summary>
    public const string ConfirmAvailablePath = "/integration/v2/orders/{code}/dropship/confirm-available";

    public Task<OrderPage> GetOrdersAsync(string token, int page, int limit, string status, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        SendAsync<OrderPage>(
            Bearer(OrdersPath, Method.Get, token)
                .AddQueryParameter("page", page.ToString(CultureInfo.InvariantCulture))
                .AddQueryParameter("limit", limit.ToString(CultureInfo.InvariantCulture))
                .AddQueryParameter("status", status)
                .AddQueryParameter("updated_from_date", TikiJson.Date(from))
                .AddQueryParameter("updated_to_date", TikiJson.Date(to)),
            ct);

    public Task<OrderDto> GetOrderAsync(string token, string code, CancellationToken ct) =>
        SendAsync<OrderDto>(Bearer(OrderPath, Method.Get, token).AddUrlSegment("code", code), ct);

    public Task<ConfirmAvailableData> ConfirmAvailableAsync(string token, string code, long warehouseId, CancellationToken ct) =>
        SendAsync<ConfirmAvailableData>(WithBody(Bearer(ConfirmAvailablePath, Method.Post, token).AddUrlSegment("code", code), new ConfirmAvailableRequest(warehouseId)), ct);
}
