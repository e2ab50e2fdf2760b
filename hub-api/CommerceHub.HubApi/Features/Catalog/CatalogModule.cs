using CommerceHub.HubApi.Features.Catalog.HsCodes;
using CommerceHub.HubApi.Features.Catalog.Import;
using CommerceHub.HubApi.Features.Catalog.Products;
using CommerceHub.HubApi.Infrastructure.Auth;

namespace CommerceHub.HubApi.Features.Catalog;

public static class CatalogModule
{
    public static IServiceCollection AddCatalog(this IServiceCollection services) => services
        .AddSingleton<HsCodeDirectory>()
        .AddSingleton<ProductRules>()
        .AddScoped<ProductWriter>()
        .AddScoped<CatalogImportJob>();

    public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder app)
    {
        var products = app.MapGroup("/api/products").WithTags("Catalog");
        products.MapGet("/", ProductEndpoints.List).RequireAuthorization(Policies.CatalogRead);
        products.MapGet("/{id:guid}", ProductEndpoints.Get).RequireAuthorization(Policies.CatalogRead);
        products.MapPost("/", ProductEndpoints.Create).RequireAuthorization(Policies.CatalogWrite);
        products.MapPut("/{id:guid}", ProductEndpoints.Update).RequireAuthorization(Policies.CatalogWrite);
        products.MapDelete("/{id:guid}", ProductEndpoints.Archive).RequireAuthorization(Policies.CatalogWrite)
            .WithSummary("Archive a product (its history and stock records stay).");
        app.MapPut("/api/variants/{sku}/price", ProductEndpoints.UpdatePrice).WithTags("Catalog").RequireAuthorization(Policies.CatalogWrite);
        app.MapGet("/api/hs-codes/{code}", LookupHsCode.Handle).WithTags("Catalog").RequireAuthorization(Policies.CatalogRead)
            .WithSummary("Check a 10-digit commodity code against the HS 2022 subheadings.");

        var imports = app.MapGroup("/api/catalog/imports").WithTags("Catalog import").RequireAuthorization(Policies.CatalogWrite);
        imports.MapPost("/", ImportEndpoints.Upload).DisableAntiforgery()
            .WithSummary("Upload a CSV or XLSX catalog; all rows are imported, or none with the reasons per row.");
        imports.MapGet("/", ImportEndpoints.List);
        imports.MapGet("/{id:guid}", ImportEndpoints.Get);
        return app;
    }
}
