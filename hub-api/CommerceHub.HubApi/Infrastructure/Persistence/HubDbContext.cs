using System.Linq.Expressions;
using CommerceHub.HubApi.Features.Audit;
using CommerceHub.HubApi.Features.Auth;
using CommerceHub.HubApi.Features.Catalog;
using CommerceHub.HubApi.Features.Catalog.Import;
using CommerceHub.HubApi.Features.Merchants;
using CommerceHub.HubApi.Features.Warehouses;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.Workflows.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CommerceHub.HubApi.Infrastructure.Persistence;

/// <summary>
/// The hub's durable records. Entity configurations live beside their features and are picked up from the
/// assembly; every <see cref="IMerchantOwned"/> entity gets a query filter on the caller's merchant.
/// </summary>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options, ICurrentUser currentUser)
    : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Merchant> Merchants => Set<Merchant>();

    public DbSet<HubUser> Users => Set<HubUser>();

    public DbSet<Warehouse> Warehouses => Set<Warehouse>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<ProductVariant> Variants => Set<ProductVariant>();

    public DbSet<CatalogImport> CatalogImports => Set<CatalogImport>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The merchant queries are filtered by; Guid.Empty (matches nothing) when the caller has none.</summary>
    public Guid FilterMerchantId => currentUser.MerchantId ?? Guid.Empty;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset; all times are UTC, so their binary form sorts correctly.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
        modelBuilder.ApplyWorkflowModel();
        foreach (var entity in modelBuilder.Model.GetEntityTypes()
                     .Where(e => typeof(IMerchantOwned).IsAssignableFrom(e.ClrType) && e.BaseType is null))
        {
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(MerchantFilter(entity.ClrType));
        }
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>Defence in depth: even a handler bug cannot write another merchant's rows.</summary>
    private void GuardTenant()
    {
        if (currentUser.MerchantId is not { } merchantId)
        {
            return;
        }

        var foreign = ChangeTracker.Entries<IMerchantOwned>()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity.MerchantId != merchantId);
        if (foreign)
        {
            throw new ForbiddenException("The change touches another merchant's data.");
        }
    }

    private LambdaExpression MerchantFilter(Type type)
    {
        var entity = Expression.Parameter(type, "e");
        var owner = Expression.Property(entity, nameof(IMerchantOwned.MerchantId));
        // Referencing a member of this context makes EF evaluate it per query, not once per model.
        var current = Expression.Property(Expression.Constant(this), nameof(FilterMerchantId));
        return Expression.Lambda(Expression.Equal(owner, current), entity);
    }
}
