namespace CommerceHub.Connectors.Douyin.Dtos;

internal sealed record ProductListRequest(int Page, int Size, long? UpdateStartTime);

internal sealed record ProductDto(long ProductId, string Name, int Status, long UpdateTime);

internal sealed record ProductListData(IReadOnlyList<ProductDto>? Data, int Page, int Size, int Total);

internal sealed record SkuListRequest(long ProductId);

/// <summary>sku.list rows: price in fen.</summary>
internal sealed record SkuDto(long Id, long ProductId, string? Code, string? SpecDetailName1, long Price, int StockNum);

internal sealed record SkuStockDto(long SkuId, int StockNum);

internal sealed record SyncStockBatchRequest(long ProductId, bool Incremental, IReadOnlyList<SkuStockDto> SkuSyncList);

internal sealed record EditPriceRequest(long ProductId, long SkuId, long Price);

internal sealed record EmptyData;
