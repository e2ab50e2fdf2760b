using CommerceHub.HubApi.Features.Audit;
using CommerceHub.HubApi.Features.Stock;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.Inventory.Allocation;
using CommerceHub.Inventory.Ledger;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Channels;

/// <summary>A channel's allocation rules: one default (no SKU) and optional per-SKU overrides.</summary>
public static class RuleEndpoints
{
    public sealed record RuleInput(string? Sku, long? BufferQuantity, long? MaxQuantity, int? Percent);

    public sealed record RuleView(string Channel, string? Sku, long BufferQuantity, long? MaxQuantity, int Percent, DateTimeOffset UpdatedAt);

    public static async Task<IReadOnlyList<RuleView>> List(string code, HubDbContext db, CancellationToken ct)
    {
        await ChannelEndpoints.FindAsync(db, code, ct);
        var rules = await db.Set<AllocationRule>().AsNoTracking().Where(r => r.ChannelCode == code).ToListAsync(ct);
        return [.. rules.OrderBy(r => r.Sku is not null).ThenBy(r => r.Sku, StringComparer.Ordinal).Select(View)];
    }

    /// <summary>Creates or replaces the rule for the SKU named in the body (or the channel default when none is).</summary>
    public static async Task<RuleView> Put(string code, RuleInput input, HubDbContext db, AuditTrail audit,
        AllocationRuleCache cache, IBackgroundJobClient jobs, TimeProvider clock, CancellationToken ct)
    {
        new Validation()
            .Check(input.Sku is null || InventoryInput.IsCode(input.Sku), "sku", "must be a valid SKU code, or absent for the channel default.")
            .Check(input.BufferQuantity is null or (>= 0 and <= InventoryInput.MaxQuantity), "bufferQuantity", $"must be between 0 and {InventoryInput.MaxQuantity}.")
            .Check(input.MaxQuantity is null or (>= 0 and <= InventoryInput.MaxQuantity), "maxQuantity", $"must be between 0 and {InventoryInput.MaxQuantity}, or null for no cap.")
            .Check(input.Percent is null or (>= 0 and <= 100), "percent", "must be between 0 and 100.")
            .ThrowIfInvalid();
        var channel = await ChannelEndpoints.FindAsync(db, code, ct);
        var rule = await db.Set<AllocationRule>().SingleOrDefaultAsync(r => r.ChannelCode == code && r.Sku == input.Sku, ct);
        var before = rule is null ? null : View(rule);
        if (rule is null)
        {
            rule = new AllocationRule { MerchantId = channel.MerchantId, ChannelCode = code, Sku = input.Sku };
            db.Add(rule);
        }

        (rule.BufferQuantity, rule.MaxQuantity, rule.Percent, rule.UpdatedAt) =
            (input.BufferQuantity ?? 0, input.MaxQuantity, input.Percent ?? 100, clock.GetUtcNow());
        audit.Record(channel.MerchantId, "allocation-rule", $"{code}/{input.Sku ?? "*"}", before is null ? "create" : "update", before, View(rule));
        await db.SaveChangesAsync(ct);
        cache.Invalidate(channel.MerchantId);
        jobs.Enqueue<StockJobs>(j => j.RepublishChannelQuantitiesAsync(channel.MerchantId, input.Sku, CancellationToken.None));
        return View(rule);
    }

    public static async Task<NoContent> Delete(string code, string? sku, HubDbContext db, AuditTrail audit,
        AllocationRuleCache cache, IBackgroundJobClient jobs, CancellationToken ct)
    {
        var rule = await db.Set<AllocationRule>().SingleOrDefaultAsync(r => r.ChannelCode == code && r.Sku == sku, ct)
            ?? throw new NotFoundException($"Channel '{code}' has no rule for {(sku is null ? "its default" : $"SKU '{sku}'")}.");
        db.Remove(rule);
        audit.Record(rule.MerchantId, "allocation-rule", $"{code}/{sku ?? "*"}", "delete", View(rule), null);
        await db.SaveChangesAsync(ct);
        cache.Invalidate(rule.MerchantId);
        jobs.Enqueue<StockJobs>(j => j.RepublishChannelQuantitiesAsync(rule.MerchantId, sku, CancellationToken.None));
        return TypedResults.NoContent();
    }

    private static RuleView View(AllocationRule r) => new(r.ChannelCode, r.Sku, r.BufferQuantity, r.MaxQuantity, r.Percent, r.UpdatedAt);
}
