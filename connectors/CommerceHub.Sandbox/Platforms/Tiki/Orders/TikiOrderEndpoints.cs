using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Platforms.Tiki.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace CommerceHub.Sandbox.Platforms.Tiki.Orders;

/// <summary>Order list (page, limit, status with in|/nin|, date filters) and order detail by code.</summary>
internal static class TikiOrderEndpoints
{
    public static void Map(RouteGroupBuilder sellerApi)
    {
        sellerApi.MapGet("/integration/v2/orders", List);
        sellerApi.MapGet("/integration/v2/orders/{code}", (string code, HttpContext http, TikiOrderBook orders) =>
            orders.Find(TikiCaller.From(http).Seller, code) is { } order ? TikiJson.Ok(TikiOrderViews.Detail(order)) : TikiJson.Error(TikiErrors.OrderNotFound));
        sellerApi.MapPost(TikiAssumptions.ConfirmAvailablePath, ConfirmAvailableAsync);
    }

    private static IResult List(
        HttpContext http,
        TikiCatalog catalog,
        SandboxClock clock,
        int? page,
        int? limit,
        string? status,
        [FromQuery(Name = "created_from_date")] string? createdFrom,
        [FromQuery(Name = "created_to_date")] string? createdTo,
        [FromQuery(Name = "updated_from_date")] string? updatedFrom,
        [FromQuery(Name = "updated_to_date")] string? updatedTo,
        [FromQuery(Name = "filter_date_by")] string? filterDateBy,
        [FromQuery(Name = "fulfillment_type")] string? fulfillmentType)
    {
        if (TikiPaging.Read(page, limit) is not { } paging)
        {
            return TikiJson.Error(TikiErrors.Invalid($"page must be at least 1 and limit between 1 and {TikiAssumptions.MaxPageLimit}"));
        }

        if (StatusFilter.Parse(status) is not { } filter)
        {
            return TikiJson.Error(TikiErrors.Invalid("status must be a list of order statuses, optionally prefixed with in| or nin|"));
        }

        if (new[] { createdFrom, createdTo, updatedFrom, updatedTo }.Any(d => d is not null && TikiJson.ParseDate(d) is null))
        {
            return TikiJson.Error(TikiErrors.Invalid($"dates must be formatted {TikiJson.DateFormat}"));
        }

        var (known, since) = CreatedSince(filterDateBy, clock.GetUtcNow());
        if (!known)
        {
            return TikiJson.Error(TikiErrors.Invalid("filter_date_by must be today, last7days or last30days"));
        }

        var book = catalog.Seller(TikiCaller.From(http).Seller)!; // TikiGate accepted a token for this seller.
        var rows = book.Orders.Values
            .Select(o => { lock (o.Gate) { return (Order: o, o.Status, o.CreatedAt, o.UpdatedAt); } })
            .Where(o => filter.Matches(o.Status) && (fulfillmentType is null || fulfillmentType == o.Order.FulfillmentType))
            .Where(o => TikiPaging.InRange(o.CreatedAt, createdFrom, createdTo) && TikiPaging.InRange(o.UpdatedAt, updatedFrom, updatedTo))
            .Where(o => since is null || o.CreatedAt >= since)
            .OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Order.Id)
            .Select(o => TikiOrderViews.Detail(o.Order))
            .ToList();
        return TikiJson.Ok(paging.Page(rows));
    }

    private static async Task<IResult> ConfirmAvailableAsync(string code, HttpContext http, TikiOrderBook orders)
    {
        var body = await TikiJson.ReadAsync<ConfirmAvailableRequest>(http.Request);
        if (body?.SellerInventoryId is not > 0)
        {
            return TikiJson.Error(TikiErrors.Invalid("seller_inventory_id is required"));
        }

        var seller = TikiCaller.From(http).Seller;
        if (orders.ConfirmAvailable(seller, code) is { } error)
        {
            return TikiJson.Error(error);
        }

        var order = orders.Find(seller, code)!; // just confirmed
        lock (order.Gate)
        {
            return TikiJson.Ok(new { order_code = order.Code, status = TikiAssumptions.ConfirmedStatus, tracking_code = order.TrackingCode });
        }
    }

    private sealed record ConfirmAvailableRequest(long? SellerInventoryId);

    /// <summary>filter_date_by counts whole local days back from today; null means no filter.</summary>
    private static (bool Known, DateTimeOffset? Since) CreatedSince(string? filterDateBy, DateTimeOffset now)
    {
        var today = new DateTimeOffset(now.ToOffset(TikiAssumptions.LocalOffset).Date, TikiAssumptions.LocalOffset);
        return filterDateBy switch
        {
            null => (true, null),
            "today" => (true, today),
            "last7days" => (true, today.AddDays(-6)),
            "last30days" => (true, today.AddDays(-29)),
            _ => (false, null),
        };
    }

    private sealed record StatusFilter(bool Exclude, IReadOnlySet<string> Statuses)
    {
        public bool Matches(string status) => Statuses.Count == 0 || Statuses.Contains(status) != Exclude;

        public static StatusFilter? Parse(string? text)
        {
            var value = text ?? "";
            var exclude = value.StartsWith("nin|", StringComparison.Ordinal);
            var list = exclude || value.StartsWith("in|", StringComparison.Ordinal) ? value[(value.IndexOf('|', StringComparison.Ordinal) + 1)..] : value;
            var statuses = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            return statuses.All(TikiOrderStatus.All.Contains) ? new StatusFilter(exclude, statuses) : null;
        }
    }
}
