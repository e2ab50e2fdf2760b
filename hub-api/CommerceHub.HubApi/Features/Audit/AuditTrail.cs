using System.Text.Json;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;

namespace CommerceHub.HubApi.Features.Audit;

/// <summary>
/// Adds audit entries to the caller's unit of work, so an entry is saved exactly when the change it describes is.
/// </summary>
public sealed class AuditTrail(HubDbContext db, ICurrentUser user, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Record(Guid merchantId, string entity, string key, string action, object? before, object? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            MerchantId = merchantId,
            At = clock.GetUtcNow(),
            Actor = user.Actor,
            UserId = user.UserId,
            Entity = entity,
            Key = key,
            Action = action,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
}
