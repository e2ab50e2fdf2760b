using System.Text.Json;

namespace CommerceHub.Sandbox.Platforms.Tiki.Catalog;

internal sealed record TikiWarehouseQuantity(long WarehouseId, int QtyAvailable);

internal sealed record TikiVariantInput(
    string? Sku,
    decimal? Price,
    decimal? MarketPrice,
    string? Option1,
    string? Option2,
    string? InventoryType,
    string? SellerWarehouse,
    IReadOnlyList<TikiWarehouseQuantity>? WarehouseQuantities,
    string? Image);

internal sealed record TikiCreateProductRequest(
    long? CategoryId,
    string? Name,
    string? Description,
    JsonElement? Attributes,
    string? Image,
    IReadOnlyList<string>? Images,
    IReadOnlyList<string>? OptionAttributes,
    IReadOnlyList<TikiVariantInput>? Variants);

/// <summary>One updateSku entry: original_sku or product_id, then any of price, active (0/1) and warehouse quantities.</summary>
internal sealed record TikiUpdateSkuRequest(
    string? OriginalSku,
    long? ProductId,
    decimal? Price,
    int? Active,
    string? SellerWarehouse,
    IReadOnlyList<TikiWarehouseQuantity>? WarehouseQuantities);

internal sealed record TikiUpdateSkusRequest(IReadOnlyList<TikiUpdateSkuRequest>? Data);
