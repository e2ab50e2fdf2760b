using System.Globalization;
using CommerceHub.Connectors.Tiki.Dtos;
using RestSharp;

namespace CommerceHub.Connectors.Tiki;

internal sealed partial class TikiClient
{
    public const string OrdersPath = "/integration/v2/orders";
    public const string OrderPath = "/integration/v2/orders/{code}";

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
}
