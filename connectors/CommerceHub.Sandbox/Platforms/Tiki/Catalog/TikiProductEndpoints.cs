using CommerceHub.Sandbox.Core;
using Microsoft.AspNetCore.Mvc;

namespace CommerceHub.Sandbox.Platforms.Tiki.Catalog;

/// <summary>Product requests (create, track) and the product list.</summary>
internal static class TikiProductEndpoints
{
    public static void Map(RouteGroupBuilder sellerApi)
    {
        sellerApi.MapPost(TikiAssumptions.CreateRequestPath, CreateAsync);
        sellerApi.MapGet("/integration/v2/requests/{trackId}", GetRequest);
        sellerApi.MapGet("/integration/v2/products", List);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, TikiCatalog catalog, SandboxClock clock, Hosting.PlatformContext platform)
    {
        var caller = TikiCaller.From(http);
        var body = await TikiJson.ReadAsync<TikiCreateProductRequest>(http.Request);
        if (body is null || body.CategoryId is null || string.IsNullOrWhiteSpace(body.Name) || body.Variants is not { Count: > 0 } variants)
        {
            return TikiJson.Error(TikiErrors.Invalid("category_id, name and at least one variant are required"));
        }

        if (variants.FirstOrDefault(v => Problem(v) is not null) is { } bad)
        {
            return TikiJson.Error(TikiErrors.Invalid(Problem(bad)!)); // Found by the same check.
        }

        if (variants.Select(v => v.Sku).Distinct(StringComparer.Ordinal).Count() != variants.Count)
        {
            return TikiJson.Error(TikiErrors.Invalid("variant sku must be unique"));
        }

        var reject = variants.Any(v => v.Price < TikiAssumptions.MinApprovedPrice) ? TikiAssumptions.LowPriceReason : null;
        var book = catalog.Seller(caller.Seller)!; // TikiGate accepted a token for this seller.
        var request = new TikiProductRequest(TikiJson.NewTrackId(), catalog.NewRequestId(), clock.GetUtcNow(), body, reject,
            TikiAssumptions.ReviewStep(platform.Options));
        lock (book.Gate)
        {
            book.Requests.Add(request);
        }

        return TikiJson.Ok(new { track_id = request.TrackId, state = request.StateAt(clock.GetUtcNow()), reason = (string?)null });
    }

    private static IResult GetRequest(string trackId, HttpContext http, TikiCatalog catalog, SandboxClock clock)
    {
        var book = catalog.Settle(catalog.Seller(TikiCaller.From(http).Seller)!); // TikiGate accepted a token for this seller.
        lock (book.Gate)
        {
            return book.Requests.Find(r => r.TrackId == trackId) is { } request
                ? TikiJson.Ok(TikiProductViews.Request(request, book, clock.GetUtcNow()))
                : TikiJson.Error(TikiErrors.RequestNotFound);
        }
    }

    private static IResult List(
        HttpContext http,
        TikiCatalog catalog,
        int? page,
        int? limit,
        int? active,
        string? include,
        [FromQuery(Name = "created_from_date")] string? createdFrom,
        [FromQuery(Name = "created_to_date")] string? createdTo,
        [FromQuery(Name = "updated_from_date")] string? updatedFrom,
        [FromQuery(Name = "updated_to_date")] string? updatedTo)
    {
        if (TikiPaging.Read(page, limit) is not { } paging)
        {
            return TikiJson.Error(TikiErrors.Invalid($"page must be at least 1 and limit between 1 and {TikiAssumptions.MaxPageLimit}"));
        }

        var dates = new[] { createdFrom, createdTo, updatedFrom, updatedTo };
        if (dates.Any(d => d is not null && TikiJson.ParseDate(d) is null))
        {
            return TikiJson.Error(TikiErrors.Invalid($"dates must be formatted {TikiJson.DateFormat}"));
        }

        var withInventory = (include ?? "").Split(',', StringSplitOptions.TrimEntries).Contains("inventory", StringComparer.Ordinal);
        var book = catalog.Settle(catalog.Seller(TikiCaller.From(http).Seller)!); // TikiGate accepted a token for this seller.
        var rows = book.Products.Values.Select(p =>
            {
                lock (p.Gate)
                {
                    return (p.CreatedAt, p.UpdatedAt, p.Active, View: TikiProductViews.Product(p, withInventory));
                }
            })
            .Where(p => active is null || p.Active == (active == 1))
            .Where(p => TikiPaging.InRange(p.CreatedAt, createdFrom, createdTo) && TikiPaging.InRange(p.UpdatedAt, updatedFrom, updatedTo))
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => (long)p.View["product_id"]!)
            .Select(p => p.View)
            .ToList();
        return TikiJson.Ok(paging.Page(rows));
    }

    private static string? Problem(TikiVariantInput variant) =>
        string.IsNullOrWhiteSpace(variant.Sku) ? "every variant needs a sku"
        : variant.Price is not { } price || price <= 0 || decimal.Truncate(price) != price ? $"price of {variant.Sku} must be a positive integer (VND)"
        : variant.WarehouseQuantities?.Any(w => w.QtyAvailable < 0) == true ? $"qty_available of {variant.Sku} must not be negative"
        : null;
}
