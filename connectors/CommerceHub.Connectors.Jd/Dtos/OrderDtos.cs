using System.Text.Json.Serialization;

namespace CommerceHub.Connectors.Jd.Dtos;

/// <summary>apiResult: the business outcome inside a successful envelope.</summary>
internal sealed record ApiResultDto(bool Success, string? ChineseErrCode, string? EnglishErrCode);

internal sealed record ConsigneeDto(string? Fullname, string? Mobile, string? Telephone, string? FullAddress, string? Province, string? City, string? County, string? Town);

internal sealed record ItemInfoDto(string SkuId, string? WareId, string? OuterSkuId, string? SkuName, decimal JdPrice, int ItemTotal);

/// <summary>orderInfo as jingdong.pop.order.search and .get return it (money as yuan strings).</summary>
internal sealed record OrderInfoDto(
    string OrderId,
    string OrderState,
    decimal OrderPayment,
    DateTimeOffset OrderStartTime,
    DateTimeOffset? PaymentConfirmTime,
    DateTimeOffset Modified,
    string? PayType,
    string? Waybill,
    ConsigneeDto? ConsigneeInfo,
    IReadOnlyList<ItemInfoDto>? ItemInfoList);

internal sealed record SearchResultDto(ApiResultDto? ApiResult, IReadOnlyList<OrderInfoDto>? OrderInfoList, int OrderTotal);

internal sealed record SearchResponse([property: JsonPropertyName("searchorderinfo_result")] SearchResultDto? Result);

internal sealed record DetailDto(ApiResultDto? ApiResult, OrderInfoDto? OrderInfo);

internal sealed record GetResponse(DetailDto? OrderDetailInfo);

internal sealed record ShipmentResponse([property: JsonPropertyName("sopjosshipment_result")] ApiResultDto? Result);
