using System.Text.Json.Serialization;

namespace CommerceHub.Connectors.Lazada.Dtos;

/// <summary>The "payload" parameter: {"Request":{"Product":…}}, the JSON form of Lazada's XML tree.</summary>
internal sealed record PayloadDto([property: JsonPropertyName("Request")] RequestDto Request);

internal sealed record RequestDto([property: JsonPropertyName("Product")] ProductInputDto Product);

internal sealed record ProductInputDto(
    [property: JsonPropertyName("ItemId")] string? ItemId,
    [property: JsonPropertyName("PrimaryCategory")] string? PrimaryCategory,
    [property: JsonPropertyName("Images")] ImagesDto? Images,
    [property: JsonPropertyName("Attributes")] AttributesDto? Attributes,
    [property: JsonPropertyName("Skus")] SkusDto Skus);

internal sealed record ImagesDto([property: JsonPropertyName("Image")] IReadOnlyList<string> Image);

internal sealed record AttributesDto(string Name, string Description);

internal sealed record SkusDto([property: JsonPropertyName("Sku")] IReadOnlyList<SkuInputDto> Sku);

/// <summary>One Skus.Sku entry for /product/create and /product/update; values travel as text, as in the XML form.</summary>
internal sealed record SkuInputDto(
    [property: JsonPropertyName("SkuId")] string? SkuId = null,
    [property: JsonPropertyName("SellerSku")] string? SellerSku = null,
    [property: JsonPropertyName("Status")] string? Status = null,
    [property: JsonPropertyName("quantity")] string? Quantity = null,
    [property: JsonPropertyName("price")] string? Price = null,
    [property: JsonPropertyName("package_weight")] string? PackageWeight = null,
    [property: JsonPropertyName("saleProp")] IReadOnlyDictionary<string, string>? SaleProp = null);

internal sealed record PriceQuantityPayloadDto([property: JsonPropertyName("Request")] PriceQuantityRequestDto Request);

internal sealed record PriceQuantityRequestDto([property: JsonPropertyName("Product")] PriceQuantityProductDto Product);

internal sealed record PriceQuantityProductDto([property: JsonPropertyName("Skus")] PriceQuantitySkusDto Skus);

internal sealed record PriceQuantitySkusDto([property: JsonPropertyName("Sku")] IReadOnlyList<PriceQuantitySkuDto> Sku);

/// <summary>One /product/price_quantity/update entry, found by ItemId + SkuId.</summary>
internal sealed record PriceQuantitySkuDto(
    [property: JsonPropertyName("ItemId")] string ItemId,
    [property: JsonPropertyName("SkuId")] string SkuId,
    [property: JsonPropertyName("Quantity")] string? Quantity = null,
    [property: JsonPropertyName("Price")] string? Price = null);

/// <summary>The "detail" list of error 500: which SKU was refused and why.</summary>
internal sealed record SkuProblemDto(string? Field, string? Message, string? SellerSku);

internal sealed record CreatedSkuDto(string? ShopSku, string SellerSku, long SkuId);

internal sealed record CreateProductResponse(long ItemId, IReadOnlyList<CreatedSkuDto>? SkuList);

internal sealed record ProductSkuDto(
    [property: JsonPropertyName("SkuId")] long SkuId,
    [property: JsonPropertyName("SellerSku")] string SellerSku,
    [property: JsonPropertyName("Status")] string? Status,
    int Quantity,
    decimal Price,
    decimal? SpecialPrice,
    [property: JsonPropertyName("multiWarehouseInventories")] IReadOnlyList<WarehouseInventoryDto>? MultiWarehouseInventories = null);

/// <summary>A SKU's stock in one warehouse; <c>withholdQuantity</c> is what a running campaign locks.</summary>
internal sealed record WarehouseInventoryDto(
    [property: JsonPropertyName("warehouseCode")] string? WarehouseCode,
    [property: JsonPropertyName("quantity")] int Quantity,
    [property: JsonPropertyName("sellableQuantity")] int SellableQuantity,
    [property: JsonPropertyName("withholdQuantity")] int WithholdQuantity);

internal sealed record ProductDto(
    long ItemId,
    IReadOnlyDictionary<string, string>? Attributes,
    IReadOnlyList<ProductSkuDto>? Skus,
    string? Status,
    long CreatedTime,
    long UpdatedTime);

internal sealed record ProductsResponse(int TotalProducts, IReadOnlyList<ProductDto>? Products);

internal sealed record EmptyResponse;
