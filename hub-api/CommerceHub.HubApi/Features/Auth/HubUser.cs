using CommerceHub.HubApi.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Auth;

/// <summary>A person who signs in: the park operator (no merchant) or a merchant's admin, host or warehouse staff.</summary>
public sealed class HubUser
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid? MerchantId { get; set; }

    public required string Email { get; set; }

    public required string DisplayName { get; set; }

    public string PasswordHash { get; set; } = "";

    public HubRole Role { get; set; }

    /// <summary>UI language (zh-CN, en, vi, th, ru, kk…), used by the live console and the warehouse board.</summary>
    public string Language { get; set; } = "en";

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class HubUserConfiguration : IEntityTypeConfiguration<HubUser>
{
    public void Configure(EntityTypeBuilder<HubUser> builder)
    {
        builder.ToTable("users");
        builder.HasIndex(u => u.Email).IsUnique();
        builder.HasIndex(u => u.MerchantId);
        builder.Property(u => u.Email).HasMaxLength(200);
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Language).HasMaxLength(10);
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
    }
}
