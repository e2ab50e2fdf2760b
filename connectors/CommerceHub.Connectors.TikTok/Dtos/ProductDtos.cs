namespace CommerceHub.Connectors.TikTok.Dtos;

/// <summary>Amounts are decimal strings on the wire.</summary>
internal sealed record PriceDto(string Amount, string Currency, string? SalePrice = null);

internal sealed record InventoryDto(string? WarehouseId, int Quantity);

internal sealed record SalesAttributeDto(string? Id, string? Name, string? ValueId, string? ValueName);

internal sealed record ImageDto(string Uri);

internal sealed record PackageWeightDto(string Value, string Unit);

internal sealed record SkuInputDto(
    IReadOnlyList<SalesAttributeDto>? SalesAttributes,
    IReadOnlyList<InventoryDto> Inventory,
    string SellerSku,
    PriceDto Price);

internal sealed record CreateProductRequest(
    string Title,
    string Description,
    string CategoryId,
    IReadOnlyList<ImageDto>? MainImages,
    IReadOnlyList<SkuInputDto> Skus,
    PackageWeightDto? PackageWeight,
    string SaveMode);

internal sealed record CreatedSkuDto(string Id, string? SellerSku);

internal sealed record CreateProductData(string ProductId, IReadOnlyList<CreatedSkuDto>? Skus);

internal sealed record SkuInventoryDto(string Id, IReadOnlyList<InventoryDto> Inventory);

internal sealed record InventoryUpdateRequest(IReadOnlyList<SkuInventoryDto> Skus);

internal sealed record SkuPriceDto(string Id, PriceDto Price);

internal sealed record PriceUpdateRequest(IReadOnlyList<SkuPriceDto> Skus);

internal sealed record ProductSearchRequest(string? Status, IReadOnlyList<string>? SellerSkus, long? UpdateTimeGe, IReadOnlyList<string>? SkuIds);

internal sealed record SkuDto(string Id, string? SellerSku, PriceDto? Price, IReadOnlyList<InventoryDto>? Inventory);

internal sealed record ProductDto(string Id, string Title, string Status, long CreateTime, long UpdateTime, IReadOnlyList<SkuDto>? Skus);

internal sealed record ProductSearchData(IReadOnlyList<ProductDto>? Products, int TotalCount, string? NextPageToken);

internal sealed record EmptyData;

/// <summary>A SKU in an edit: with an id it keeps that SKU as it is, without one it is a new SKU.</summary>
internal sealed record EditSkuDto(
    string? Id,
    IReadOnlyList<SalesAttributeDto>? SalesAttributes = null,
    IReadOnlyList<InventoryDto>? Inventory = null,
    string? SellerSku = null,
    PriceDto? Price = null);

internal sealed record PartialEditRequest(string Title, string Description, IReadOnlyList<ImageDto>? MainImages, IReadOnlyList<EditSkuDto> Skus);

internal sealed record ProductIdsRequest(IReadOnlyList<string> ProductIds);

internal sealed record ProductErrorDetailDto(string? ProductId);

internal sealed record ProductErrorDto(int Code, string? Message, ProductErrorDetailDto? Detail);

/// <summary>Activate, deactivate and delete answer code 0 and list the products they refused.</summary>
internal sealed record ProductStatusData(IReadOnlyList<ProductErrorDto>? Errors);
