namespace CommerceHub.Connectors.Taobao.Dtos;

/// <summary>One line of a trade (TOP's "order"); ids are 19 digits, so the *_str forms are read.</summary>
internal sealed record OrderDto(
    string? OidStr,
    long NumIid,
    string? SkuId,
    string? Title,
    string? OuterIid,
    decimal Price,
    int Num,
    decimal Payment,
    string? Status);

internal sealed record OrderListDto(IReadOnlyList<OrderDto>? Order);

/// <summary>A trade with the fields <see cref="TaobaoClient.TradeFields"/> asks for.</summary>
internal sealed record TradeDto(
    string TidStr,
    string Status,
    DateTimeOffset Created,
    DateTimeOffset Modified,
    DateTimeOffset? PayTime,
    decimal Payment,
    decimal PostFee,
    string? ReceiverName,
    string? ReceiverMobile,
    string? ReceiverState,
    string? ReceiverCity,
    string? ReceiverDistrict,
    string? ReceiverAddress,
    string? ReceiverZip,
    OrderListDto? Orders);

internal sealed record TradeListDto(IReadOnlyList<TradeDto>? Trade);

/// <summary>trades.sold.increment.get; an empty page has no "trades" key.</summary>
internal sealed record TradesResponse(TradeListDto? Trades, int TotalResults);

internal sealed record TradeResponse(TradeDto Trade);

internal sealed record ShippingDto(string? TidStr, string? OutSid, string? CompanyName);

internal sealed record ShippingListDto(IReadOnlyList<ShippingDto>? Shipping);

internal sealed record LogisticsOrdersResponse(ShippingListDto? Shippings, int TotalResults);

internal sealed record SendResultDto(bool IsSuccess);

internal sealed record OfflineSendResponse(SendResultDto? Shipping);
