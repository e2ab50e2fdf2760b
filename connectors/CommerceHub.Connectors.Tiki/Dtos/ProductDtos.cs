namespace CommerceHub.Connectors.Tiki.Dtos;

internal sealed record WarehouseQuantityDto(long WarehouseId, int QtyAvailable);

/// <summary>One updateSku entry: product_id, then price and/or warehouse quantities.</summary>
internal sealed record UpdateSkuRequest(long ProductId, long? Price = null, IReadOnlyList<WarehouseQuantityDto>? WarehouseQuantities = null);

internal sealed record UpdateSkusRequest(IReadOnlyList<UpdateSkuRequest> Data);

internal sealed record UpdateSkuResponse(string? State);

internal sealed record UpdateSkuResultDto(long? ProductId, string? OriginalSku, string State, string? Reason);

internal sealed record UpdateSkusResponse(IReadOnlyList<UpdateSkuResultDto>? Data);

internal sealed record VariantInputDto(
    string Sku, long Price, string? Option1, string? Option2, string SellerWarehouse, IReadOnlyList<WarehouseQuantityDto> WarehouseQuantities);

internal sealed record CreateProductRequest(
    long CategoryId, string Name, string Description, IReadOnlyList<string>? Images, IReadOnlyList<string>? OptionAttributes, IReadOnlyList<VariantInputDto> Variants);

internal sealed record ProductRequestCreated(string TrackId, string? State, string? Reason);

internal sealed record RequestProductDto(long ProductId, string? Sku, string? OriginalSku);

internal sealed record ProductRequestDto(string TrackId, string State, string? Reason, IReadOnlyList<RequestProductDto>? Products);

internal sealed record InventoryDto(int QuantityAvailable, int QuantityReserved, int QuantitySellable);

internal sealed record ProductDto(
    long ProductId, string? Sku, string? OriginalSku, string Name, long Price, int Active, string CreatedAt, string UpdatedAt, InventoryDto? Inventory);

internal sealed record PagingDto(int Total, int PerPage, int CurrentPage, int LastPage);

internal sealed record ProductPage(IReadOnlyList<ProductDto>? Data, PagingDto? Paging);
