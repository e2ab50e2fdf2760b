using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Warehouses;

/// <summary>A border warehouse of the park, shared by its merchants; stock is kept per merchant inside it.</summary>
public sealed class Warehouse
{
    /// <summary>Short code used in stock keys and scans, e.g. "PXG".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string City { get; set; }

    /// <summary>China Customs district code of the exit port (e.g. 7208 Pingxiang).</summary>
    public required string CustomsCode { get; set; }

    /// <summary>Neighbouring countries reached through this crossing (ISO alpha-2).</summary>
    public List<string> Destinations { get; set; } = [];

    /// <summary>Transport modes across the border here: road, rail…</summary>
    public List<string> TransportModes { get; set; } = [];

    public string? Notes { get; set; }
}

internal sealed class WarehouseConfiguration : IEntityTypeConfiguration<Warehouse>
{
    public void Configure(EntityTypeBuilder<Warehouse> builder)
    {
        builder.ToTable("warehouses");
        builder.HasKey(w => w.Code);
        builder.Property(w => w.Code).HasMaxLength(16);
        builder.Property(w => w.Name).HasMaxLength(200);
        builder.Property(w => w.City).HasMaxLength(100);
        builder.Property(w => w.CustomsCode).HasMaxLength(4);
        builder.Property(w => w.Notes).HasMaxLength(1000);
        builder.Property(w => w.Destinations).AsJson();
        builder.Property(w => w.TransportModes).AsJson();
    }
}
