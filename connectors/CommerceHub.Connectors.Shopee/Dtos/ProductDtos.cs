namespace CommerceHub.Connectors.Shopee.Dtos;

internal sealed record SellerStockDto(int Stock, string? LocationId = null);

internal sealed record ImageDto(IReadOnlyList<string> ImageIdList);

internal sealed record AddItemRequest(
    decimal OriginalPrice,
    string Description,
    decimal Weight,
    string ItemName,
    long CategoryId,
    string ItemSku,
    string ItemStatus,
    IReadOnlyList<SellerStockDto> SellerStock,
    ImageDto? Image);

internal sealed record AddItemResponse(long ItemId);

internal sealed record UpdateItemRequest(long ItemId, string ItemName, string Description, string ItemStatus);

internal sealed record UnlistItemRequest(IReadOnlyList<UnlistEntryDto> ItemList);

internal sealed record UnlistEntryDto(long ItemId, bool Unlist);

internal sealed record TierOptionDto(string Option);

internal sealed record TierVariationDto(string Name, IReadOnlyList<TierOptionDto> OptionList);

internal sealed record ModelInputDto(IReadOnlyList<int> TierIndex, decimal OriginalPrice, string ModelSku, IReadOnlyList<SellerStockDto> SellerStock);

internal sealed record InitTierVariationRequest(long ItemId, IReadOnlyList<TierVariationDto> TierVariation, IReadOnlyList<ModelInputDto> Model);

internal sealed record AddModelRequest(long ItemId, IReadOnlyList<ModelInputDto> ModelList);

internal sealed record StockEntryDto(long ModelId, IReadOnlyList<SellerStockDto> SellerStock);

internal sealed record UpdateStockRequest(long ItemId, IReadOnlyList<StockEntryDto> StockList);

internal sealed record PriceEntryDto(long ModelId, decimal OriginalPrice);

internal sealed record UpdatePriceRequest(long ItemId, IReadOnlyList<PriceEntryDto> PriceList);

internal sealed record FailureDto(long ModelId, string FailedReason);

internal sealed record SuccessDto(long ModelId);

internal sealed record BatchResponse(IReadOnlyList<SuccessDto>? SuccessList, IReadOnlyList<FailureDto>? FailureList);

internal sealed record ItemListEntryDto(long ItemId, string ItemStatus, long UpdateTime);

internal sealed record ItemListResponse(IReadOnlyList<ItemListEntryDto>? Item, int TotalCount, bool HasNextPage, int NextOffset);

internal sealed record PriceInfoDto(string Currency, decimal OriginalPrice, decimal CurrentPrice);

internal sealed record StockSummaryDto(int TotalReservedStock, int TotalAvailableStock);

internal sealed record StockInfoDto(StockSummaryDto SummaryInfo);

internal sealed record ItemBaseInfoDto(
    long ItemId,
    string ItemName,
    string ItemSku,
    string ItemStatus,
    long UpdateTime,
    bool HasModel,
    IReadOnlyList<PriceInfoDto>? PriceInfo,
    StockInfoDto? StockInfoV2);

internal sealed record ItemBaseInfoResponse(IReadOnlyList<ItemBaseInfoDto> ItemList);

internal sealed record ModelDto(long ModelId, IReadOnlyList<int> TierIndex, string ModelSku, IReadOnlyList<PriceInfoDto> PriceInfo, StockInfoDto StockInfoV2);

internal sealed record ModelListResponse(IReadOnlyList<TierVariationDto>? TierVariation, IReadOnlyList<ModelDto>? Model);
