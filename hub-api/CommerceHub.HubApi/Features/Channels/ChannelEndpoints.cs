using CommerceHub.HubApi.Features.Audit;
using CommerceHub.HubApi.Features.Stock;
using CommerceHub.HubApi.Features.Stock.Journal;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Http;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.Inventory.Allocation;
using CommerceHub.Inventory.Ledger;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Channels;

/// <summary>Channel CRUD; every change is audited and drops the cached allocation rules of the merchant.</summary>
public static class ChannelEndpoints
{
    public sealed record ChannelInput(string? Code, string? Name, string? Marketplace, bool? Enabled);

    public sealed record ChannelView(string Code, string Name, string Marketplace, bool Enabled, DateTimeOffset CreatedAt);

    public static Task<Page<ChannelView>> List([AsParameters] PageQuery page, HubDbContext db, CancellationToken ct) =>
        db.Set<SalesChannel>().AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new ChannelView(c.Code, c.Name, c.Marketplace, c.Enabled, c.CreatedAt))
            .ToPageAsync(page, ct);

    public static async Task<ChannelView> Get(string code, HubDbContext db, CancellationToken ct) =>
        View(await FindAsync(db, code, ct));

    public static async Task<Created<ChannelView>> Create(ChannelInput input, HubDbContext db, AuditTrail audit,
        AllocationRuleCache rules, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        Validate(input, requireCode: true);
        var merchantId = user.RequireMerchantId(); // The channels:manage policy requires a merchant claim.
        if (await db.Set<SalesChannel>().AnyAsync(c => c.Code == input.Code, ct))
        {
            throw new ConflictException($"Channel '{input.Code}' already exists.");
        }

        var channel = new SalesChannel
        {
            MerchantId = merchantId, Code = input.Code!, Name = input.Name!.Trim(), Marketplace = input.Marketplace!.Trim(),
            Enabled = input.Enabled ?? true, CreatedAt = clock.GetUtcNow(),
        };
        db.Add(channel);
        audit.Record(merchantId, "channel", channel.Code, "create", null, View(channel));
        await db.SaveChangesAsync(ct);
        rules.Invalidate(merchantId);
        return TypedResults.Created($"/api/channels/{channel.Code}", View(channel));
    }

    public static async Task<ChannelView> Update(string code, ChannelInput input, HubDbContext db, AuditTrail audit,
        AllocationRuleCache rules, IBackgroundJobClient jobs, CancellationToken ct)
    {
        Validate(input, requireCode: false);
        var channel = await FindAsync(db, code, ct, tracking: true);
        var before = View(channel);
        (channel.Name, channel.Marketplace, channel.Enabled) = (input.Name!.Trim(), input.Marketplace!.Trim(), input.Enabled ?? channel.Enabled);
        audit.Record(channel.MerchantId, "channel", code, "update", before, View(channel));
        await db.SaveChangesAsync(ct);
        rules.Invalidate(channel.MerchantId);
        if (before.Enabled != channel.Enabled)
        {
            jobs.Enqueue<StockJobs>(j => j.RepublishChannelQuantitiesAsync(channel.MerchantId, null, CancellationToken.None));
        }

        return View(channel);
    }

    public static async Task<NoContent> Delete(string code, HubDbContext db, AuditTrail audit, AllocationRuleCache rules, CancellationToken ct)
    {
        var channel = await FindAsync(db, code, ct, tracking: true);
        if (await db.Set<StockReservationRow>().AnyAsync(r => r.Channel == code && r.State == ReservationState.Open, ct))
        {
            throw new ConflictException($"Channel '{code}' still holds open campaign or live reservations; release them first.");
        }

        db.RemoveRange(await db.Set<AllocationRule>().Where(r => r.ChannelCode == code).ToListAsync(ct));
        db.Remove(channel);
        audit.Record(channel.MerchantId, "channel", code, "delete", View(channel), null);
        await db.SaveChangesAsync(ct);
        rules.Invalidate(channel.MerchantId);
        return TypedResults.NoContent();
    }

    internal static async Task<SalesChannel> FindAsync(HubDbContext db, string code, CancellationToken ct, bool tracking = false)
    {
        var query = tracking ? db.Set<SalesChannel>() : db.Set<SalesChannel>().AsNoTracking();
        return await query.SingleOrDefaultAsync(c => c.Code == code, ct) ?? throw new NotFoundException($"No channel '{code}'.");
    }

    private static ChannelView View(SalesChannel c) => new(c.Code, c.Name, c.Marketplace, c.Enabled, c.CreatedAt);

    private static void Validate(ChannelInput input, bool requireCode) => new Validation()
        .Check(!requireCode || InventoryInput.IsCode(input.Code), "code", "must be 1-64 letters, digits or . _ / - and start with a letter or digit.")
        .Required(input.Name, "name", 200)
        .Required(input.Marketplace, "marketplace", 40)
        .ThrowIfInvalid();
}
