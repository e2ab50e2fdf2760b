using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommerceHub.HubApi.Features.Currency;

/// <summary>How many yuan one unit of a currency is worth, as the park's operator sets it (global, not per merchant).</summary>
public sealed class CurrencyRate
{
    public required string Currency { get; set; }

    public decimal CnyPerUnit { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}

internal sealed class CurrencyRateConfiguration : IEntityTypeConfiguration<CurrencyRate>
{
    public void Configure(EntityTypeBuilder<CurrencyRate> builder)
    {
        builder.ToTable("currency_rates");
        builder.HasKey(r => r.Currency);
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.Property(r => r.CnyPerUnit).HasPrecision(18, 8);
        builder.Property(r => r.UpdatedBy).HasMaxLength(200);
        // A fresh hub converts prices and order totals at once; the operator replaces these under /api/currency-rates.
        var asOf = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        builder.HasData(CurrencyModule.StarterRates.Select(r => new CurrencyRate
        {
            Currency = r.Key, CnyPerUnit = r.Value, UpdatedAt = asOf, UpdatedBy = "starter rates",
        }));
    }
}
