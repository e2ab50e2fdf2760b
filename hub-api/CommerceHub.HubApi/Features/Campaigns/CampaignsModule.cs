using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Http;
using CommerceHub.HubApi.Infrastructure.Jobs;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Hangfire;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Campaigns;

/// <summary>Platform campaign locks: taken from the pool while the platform shows them, given back when they end.</summary>
public static class CampaignsModule
{
    public sealed record LockView(
        Guid Id, Guid ShopId, string Channel, string Sku, int Quantity, bool CountedInStock, string State, string? Note,
        DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

    public sealed record LockFilter(Guid? ShopId, string? Sku, string? State);

    public static IServiceCollection AddCampaigns(this IServiceCollection services)
    {
        services.AddSingleton<CampaignLocks>();
        services.AddSingleton<ICampaignStock, CampaignStock>();
        services.AddScoped<CampaignLockSync>();
        services.AddRecurringJobs<Recurring>();
        return services;
    }

    public static IEndpointRouteBuilder MapCampaigns(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/campaign-locks", ListAsync).WithTags("Campaigns").RequireAuthorization(Policies.StockRead)
            .WithSummary("Stock that platform campaigns lock per shop and SKU; open locks are held out of the shared pool.");
        app.MapPost("/api/shops/{id:guid}/campaign-locks/sync", async (Guid id, HubDbContext db, IBackgroundJobClient jobs, CancellationToken ct) =>
                await db.Set<ShopConnection>().AnyAsync(s => s.Id == id, ct)
                    ? Results.Accepted(value: new { JobId = jobs.Enqueue<CampaignLockSync>(j => j.SyncShopAsync(id, CancellationToken.None)) })
                    : throw new NotFoundException($"Shop connection {id} does not exist."))
            .WithTags("Campaigns").RequireAuthorization(Policies.ChannelsManage)
            .WithSummary("Read the shop's campaign locks from the platform now instead of waiting for the next minute.");
        return app;
    }

    private static async Task<Page<LockView>> ListAsync([AsParameters] LockFilter filter, [AsParameters] PageQuery page, HubDbContext db, CancellationToken ct)
    {
        CampaignLockState? state = Enum.TryParse<CampaignLockState>(filter.State, ignoreCase: true, out var parsed) ? parsed : null;
        new Validation().Check(filter.State is null || state is not null, "state", "must be Open or Ended.").ThrowIfInvalid();
        var query = db.Set<CampaignLock>().AsNoTracking()
            .Where(l => filter.ShopId == null || l.ShopConnectionId == filter.ShopId)
            .Where(l => filter.Sku == null || l.Sku == filter.Sku)
            .Where(l => state == null || l.State == state)
            .OrderByDescending(l => l.Id)
            .Select(l => new LockView(l.Id, l.ShopConnectionId, l.ChannelCode, l.Sku, l.Quantity, l.CountedInStock, l.State.ToString(),
                l.Note, l.StartedAt, l.EndedAt));
        return await query.ToPageAsync(page, ct);
    }

    private sealed class Recurring : IRecurringJobs
    {
        public void Register(IRecurringJobManager jobs) =>
            jobs.AddOrUpdate<CampaignLockSync>(CampaignLockSync.RecurringId, j => j.SyncAllAsync(CancellationToken.None), "* * * * *");
    }
}
