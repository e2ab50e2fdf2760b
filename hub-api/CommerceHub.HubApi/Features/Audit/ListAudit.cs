using CommerceHub.HubApi.Infrastructure.Http;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Audit;

public static class ListAudit
{
    public sealed record Item(long Id, DateTimeOffset At, string Actor, string Entity, string Key, string Action, string? Before, string? After);

    public static Task<Page<Item>> Handle([AsParameters] PageQuery page, string? entity, string? key, HubDbContext db, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entity))
        {
            query = query.Where(a => a.Entity == entity);
        }

        if (!string.IsNullOrWhiteSpace(key))
        {
            query = query.Where(a => a.Key == key);
        }

        return query.OrderByDescending(a => a.Id)
            .Select(a => new Item(a.Id, a.At, a.Actor, a.Entity, a.Key, a.Action, a.Before, a.After))
            .ToPageAsync(page, ct);
    }
}
