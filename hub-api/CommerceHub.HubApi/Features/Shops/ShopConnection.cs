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

    /// <summary>ISO 3166 country the shop sells in; decides the currency and the market's conventions.</summary>
    public required string Region { get; set; }

    /// <summary>ISO 4217 currency the shop prices in.</summary>
    public required string Currency { get; set; }

    /// <summary>The sales channel the shop's stock is allocated through.</summary>
    public required string ChannelCode { get; set; }

    /// <summary>Orders updated up to this instant have been fetched by polling; the next poll starts a little before it.</summary>
    public DateTimeOffset? OrdersPolledTo { get; set; }

    /// <summary>The platform's last refusal of an authorization or sync, readable by the merchant.</summary>
    public string? LastError { get; set; }

    public AuthorizationState State { get; set; } = AuthorizationState.Active;

    public string? ProtectedAccessToken { get; set; }

    public string? ProtectedRefreshToken { get; set; }

    public DateTimeOffset? AccessExpiresAt { get; set; }

    public DateTimeOffset? RefreshExpiresAt { get; set; }

    public DateTimeOffset? IssuedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Adds a not-yet-authorized shop and the sales channel its stock is allocated through.</summary>
    public static ShopConnection Connect(DbContext db, Guid merchantId, Marketplace marketplace, string shopId, string? name,
        string region, string currency, string channelCode, DateTimeOffset now)
    {
        var shop = new ShopConnection
        {
            MerchantId = merchantId, Marketplace = marketplace, ShopId = shopId, Name = name,
            Region = region.ToUpperInvariant(), Currency = currency, ChannelCode = channelCode, CreatedAt = now,
        };
        db.Add(shop);
        db.Add(new Features.Channels.SalesChannel
        {
            MerchantId = merchantId, Code = channelCode, Name = name ?? $"{marketplace} {shop.Region} {shopId}",
            Marketplace = marketplace.Code(), CreatedAt = now,
        });
        return shop;
    }
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
        builder.Property(s => s.Region).HasMaxLength(2);
        builder.Property(s => s.Currency).HasMaxLength(3);
        builder.Property(s => s.ChannelCode).HasMaxLength(64);
        builder.Property(s => s.LastError).HasMaxLength(1000);
    }
}
