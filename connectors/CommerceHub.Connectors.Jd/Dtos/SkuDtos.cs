namespace CommerceHub.Connectors.Jd.Dtos;

internal sealed record SkuDto(long SkuId, long WareId, string? OuterId, string? SkuName, decimal JdPrice, int StockNum, int Status);

internal sealed record SkuPageDto(IReadOnlyList<SkuDto>? Data, int PageNo, int PageSize, int TotalItem);

internal sealed record SkuSearchResponse(SkuPageDto? Page);

/// <summary>The stock and price writes answer {success} and, on a business failure, an apiResult.</summary>
internal sealed record WriteResponse(bool Success, ApiResultDto? ApiResult);
