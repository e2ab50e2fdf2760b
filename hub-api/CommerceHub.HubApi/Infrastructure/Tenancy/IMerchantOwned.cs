namespace CommerceHub.HubApi.Infrastructure.Tenancy;

/// <summary>
/// Marks an entity that belongs to one merchant. The DbContext filters every query on it by the caller's
/// merchant and refuses to save one that belongs to another merchant.
/// </summary>
public interface IMerchantOwned
{
    Guid MerchantId { get; }
}
