using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Runtime;
using CommerceHub.HubApi.Features.Audit;
using CommerceHub.HubApi.Features.Channels;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Http;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.Inventory.Allocation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Shops;

/// <summary>
/// Connecting a platform shop: the merchant names the shop, opens the platform's consent page, and the platform's
/// redirect to <c>/api/shops/callback/{marketplace}</c> completes it. A shop whose refresh was refused shows
/// "reauthorize" with a fresh link instead of failing every sync.
/// </summary>
public static class ShopEndpoints
{
    public sealed record ConnectShopInput(string? Marketplace, string? ShopId, string? Name, string? Region, string? ChannelCode);

    public sealed record ShopView(
        Guid Id, string Marketplace, string ShopId, string? Name, string Region, string Currency, string ChannelCode,
        string Status, DateTimeOffset? AccessExpiresAt, string? LastError, string? AuthorizeUrl);

    public sealed record CallbackResult(Guid ShopConnectionId, string Marketplace, string ShopId, string Status);

    public static async Task<Page<ShopView>> List([AsParameters] PageQuery page, HubDbContext db, ShopAuthorizationLinks links, CancellationToken ct)
    {
        var shops = await db.Set<ShopConnection>().AsNoTracking().OrderBy(s => s.Marketplace).ThenBy(s => s.ShopId).ToPageAsync(page, ct);
        return new Page<ShopView>([.. shops.Items.Select(s => View(s, links))], shops.PageNumber, shops.PageSize, shops.Total);
    }

    public static async Task<ShopView> Get(Guid id, HubDbContext db, ShopAuthorizationLinks links, CancellationToken ct) =>
        View(await FindAsync(db, id, tracking: false, ct), links);

    public static async Task<Created<ShopView>> Connect(ConnectShopInput input, HubDbContext db, ICurrentUser user, AuditTrail audit,
        AllocationRuleCache rules, ShopAuthorizationLinks links, TimeProvider clock, CancellationToken ct)
    {
        var merchantId = user.RequireMerchantId();
        var validation = new Validation();
        validation.Check(MarketplaceCodes.TryParse(input.Marketplace, out var marketplace), "marketplace",
            $"must be one of {string.Join(", ", MarketplaceCodes.All)}.");
        validation.Check(links.IsConfigured(marketplace), "marketplace", "has no connector configured on this hub.");
        validation.Required(input.ShopId, "shopId", 64);
        validation.Required(input.Region, "region", 2);
        var currency = input.Region is { Length: 2 } region ? Currencies.ForRegion(region) : null;
        validation.Check(input.Region is null || currency is not null, "region", "must be a country the hub knows the currency of.");
        var channelCode = input.ChannelCode?.Trim().ToLowerInvariant()
            ?? $"{marketplace.Code()}-{input.Region?.ToLowerInvariant()}-{input.ShopId}";
        validation.Check(channelCode.Length <= 64 && channelCode.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'), "channelCode",
            "must be at most 64 letters, digits, '-' or '_'.");
        validation.ThrowIfInvalid();

        if (await db.Set<ShopConnection>().IgnoreQueryFilters().AnyAsync(s => s.Marketplace == marketplace && s.ShopId == input.ShopId, ct))
        {
            throw new ConflictException($"{marketplace} shop {input.ShopId} is already connected to a merchant of this hub.");
        }

        if (await db.Set<SalesChannel>().AnyAsync(c => c.Code == channelCode, ct))
        {
            throw new ConflictException($"Channel '{channelCode}' already exists; choose another channelCode.");
        }

        var shop = ShopConnection.Connect(db, merchantId, marketplace, input.ShopId!.Trim(), input.Name?.Trim(), input.Region!, currency!, channelCode, clock.GetUtcNow());
        audit.Record(merchantId, "shop", $"{marketplace.Code()}:{shop.ShopId}", "connect", null, new { shop.Region, shop.ChannelCode });
        await db.SaveChangesAsync(ct);
        rules.Invalidate(merchantId);
        return TypedResults.Created($"/api/shops/{shop.Id}", View(shop, links));
    }

    /// <summary>The platform's redirect after the seller's consent. Anonymous: the protected state names the connection.</summary>
    public static async Task<Results<Ok<CallbackResult>, ProblemHttpResult>> Callback(string marketplace, HttpRequest request,
        ShopAuthorizationLinks links, IServiceScopeFactory scopes, CancellationToken ct)
    {
        var platform = MarketplaceCodes.Parse(marketplace);
        var code = request.Query["code"].ToString();
        if (string.IsNullOrWhiteSpace(code))
        {
            var refusal = request.Query["error_description"].ToString() is { Length: > 0 } described ? described : request.Query["error"].ToString();
            return TypedResults.Problem(statusCode: 400, title: "Authorization not granted",
                detail: refusal.Length > 0 ? $"The platform answered: {refusal}" : "The callback carries no authorization code.");
        }

        if (!links.TryReadState(request.Query["state"].ToString(), out var connectionId))
        {
            return TypedResults.Problem(statusCode: 400, title: "Invalid state",
                detail: "The authorization link has expired or was not issued by this hub; open a new one from the shop's page.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var shop = await db.Set<ShopConnection>().IgnoreQueryFilters().SingleOrDefaultAsync(s => s.Id == connectionId, ct);
        if (shop is null || shop.Marketplace != platform)
        {
            return TypedResults.Problem(statusCode: 400, title: "Invalid state", detail: "The link does not belong to a shop of this platform.");
        }

        var reportedShop = request.Query["shop_id"].ToString();
        if (reportedShop.Length > 0 && reportedShop != shop.ShopId)
        {
            return TypedResults.Problem(statusCode: 400, title: "Wrong shop",
                detail: $"The seller authorized shop {reportedShop}, but this link was made for shop {shop.ShopId}.");
        }

        try
        {
            await scope.ServiceProvider.GetRequiredService<ShopAuthorizationService>().CompleteAsync(platform, shop.ShopId, code, ct);
        }
        catch (MarketplaceException e)
        {
            shop.LastError = e.Message;
            await db.SaveChangesAsync(ct);
            return TypedResults.Problem(statusCode: 502, title: "The platform refused the authorization", detail: e.Message);
        }

        await db.Entry(shop).ReloadAsync(ct);
        shop.LastError = null;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new CallbackResult(shop.Id, platform.Code(), shop.ShopId, Status(shop)));
    }

    internal static string Status(ShopConnection shop) => shop switch
    {
        { State: AuthorizationState.ReauthorizationRequired } => "reauthorize",
        { ProtectedAccessToken: null } => "pending-authorization",
        _ => "active",
    };

    private static ShopView View(ShopConnection s, ShopAuthorizationLinks links)
    {
        var status = Status(s);
        return new ShopView(s.Id, s.Marketplace.Code(), s.ShopId, s.Name, s.Region, s.Currency, s.ChannelCode, status,
            s.AccessExpiresAt, s.LastError, status == "active" ? null : links.Build(s).ToString());
    }

    private static async Task<ShopConnection> FindAsync(HubDbContext db, Guid id, bool tracking, CancellationToken ct)
    {
        var query = tracking ? db.Set<ShopConnection>() : db.Set<ShopConnection>().AsNoTracking();
        return await query.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException($"Shop connection {id} does not exist.");
    }
}
