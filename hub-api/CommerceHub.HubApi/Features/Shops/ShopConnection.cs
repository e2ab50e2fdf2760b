using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Shops;

/// <summary>
/// A merchant's shop on a marketplace and the hub's authorization for it. The token pair is stored encrypted
/// (ASP.NET Core Data Protection, keys in the database), never in clear text.
/// </summary>
public sealed class ShopConnection : IMerchantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MerchantId { get; set; }

    public Marketplace Marketplace { get; set; }

    /// <summary>The platform's shop (or seller) id.</summary>
    public required string ShopId { get; set; }

    public string? Name { get; set; }

    public AuthorizationState State { get; set; } = AuthorizationState.Active;

    public string? ProtectedAccessToken { get; set; }

    public string? ProtectedRefreshToken { get; set; }

    public DateTimeOffset? AccessExpiresAt { get; set; }

    public DateTimeOffset? RefreshExpiresAt { get; set; }

    public DateTimeOffset? IssuedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class ShopConnectionConfiguration : IEntityTypeConfiguration<ShopConnection>
{
    public void Configure(EntityTypeBuilder<ShopConnection> builder)
    {
        builder.ToTable("shop_connections");
        // A platform shop is authorized to one merchant of the park, whichever merchant asks.
        builder.HasIndex(s => new { s.Marketplace, s.ShopId }).IsUnique();
        builder.HasIndex(s => new { s.Marketplace, s.State, s.AccessExpiresAt });
        builder.Property(s => s.Marketplace).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.ShopId).HasMaxLength(64);
        builder.Property(s => s.Name).HasMaxLength(200);
    }
}
