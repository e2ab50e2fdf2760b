namespace CommerceHub.Sandbox.Platforms.TikTok.Catalog;

internal sealed record TikTokPrice(string? Amount, string? Currency);

internal sealed record TikTokInventory(string? WarehouseId, int? Quantity);

internal sealed record TikTokSalesAttribute(string? Id, string? Name, string? ValueId, string? ValueName);

internal sealed record TikTokSkuInput(
    string? Id,
    IReadOnlyList<TikTokSalesAttribute>? SalesAttributes,
    IReadOnlyList<TikTokInventory>? Inventory,
    string? SellerSku,
    TikTokPrice? Price,
    string? ExternalSkuId);

internal sealed record TikTokImage(string? Uri);

internal sealed record CreateProductRequest(
    string? Title,
    string? Description,
    string? CategoryId,
    string? BrandId,
    IReadOnlyList<TikTokImage>? MainImages,
    IReadOnlyList<TikTokSkuInput>? Skus,
    string? SaveMode);

internal sealed record EditProductRequest(
    string? Title,
    string? Description,
    string? CategoryId,
    string? BrandId,
    IReadOnlyList<TikTokImage>? MainImages,
    IReadOnlyList<TikTokSkuInput>? Skus);

internal sealed record ProductIdsRequest(IReadOnlyList<string>? ProductIds);

internal sealed record SkuUpdateRequest(IReadOnlyList<TikTokSkuInput>? Skus);

internal sealed record ProductSearchRequest(
    string? Status,
    IReadOnlyList<string>? SellerSkus,
    long? CreateTimeGe,
    long? CreateTimeLe,
    long? UpdateTimeGe,
    long? UpdateTimeLe,
    IReadOnlyList<string>? SkuIds);
