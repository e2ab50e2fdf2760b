namespace CommerceHub.Connectors.Douyin.Dtos;

internal sealed record OrderSearchRequest(int Page, int Size, long UpdateTimeStart, long UpdateTimeEnd, string OrderBy, bool OrderAsc);

internal sealed record NamedDto(string? Name);

internal sealed record AddressDto(NamedDto? Province, NamedDto? City, NamedDto? Town, NamedDto? Street, string? Detail);

internal sealed record SkuOrderDto(string OrderId, long ProductId, string? ProductName, long SkuId, string? Code, int ItemNum, long OriginAmount, long PayAmount);

internal sealed record LogisticsDto(string? TrackingNo, string? Company, long ShipTime);

/// <summary>A shop order as searchList and orderDetail return it: amounts in fen, times in Unix seconds.</summary>
internal sealed record OrderDto(
    string ShopOrderId,
    int OrderStatus,
    long OrderAmount,
    long PayAmount,
    long CreateTime,
    long PayTime,
    long UpdateTime,
    string? PostReceiver,
    string? PostTel,
    AddressDto? PostAddr,
    IReadOnlyList<SkuOrderDto>? SkuOrderList,
    IReadOnlyList<LogisticsDto>? LogisticsInfo);

internal sealed record OrderSearchData(IReadOnlyList<OrderDto>? ShopOrderList, int Page, int Size, int Total);

internal sealed record OrderDetailRequest(string ShopOrderId);

internal sealed record OrderDetailData(OrderDto ShopOrderDetail);

internal sealed record LogisticsAddRequest(string OrderId, string CompanyCode, string LogisticsCode);
