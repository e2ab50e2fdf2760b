namespace CommerceHub.Connectors.Shopee.Dtos;

internal sealed record OrderListEntryDto(string OrderSn, string? OrderStatus);

internal sealed record OrderListResponse(bool More, string? NextCursor, IReadOnlyList<OrderListEntryDto>? OrderList);

internal sealed record OrderItemDto(
    long ItemId,
    string ItemName,
    string ItemSku,
    long ModelId,
    string ModelName,
    string ModelSku,
    int ModelQuantityPurchased,
    decimal ModelDiscountedPrice);

internal sealed record RecipientAddressDto(string Name, string Phone, string Town, string District, string City, string State, string Region, string Zipcode, string FullAddress);

internal sealed record OrderDetailDto(
    string OrderSn,
    string Region,
    string Currency,
    bool Cod,
    string OrderStatus,
    long CreateTime,
    long UpdateTime,
    long? PayTime,
    long? ShipByDate,
    decimal TotalAmount,
    IReadOnlyList<OrderItemDto>? ItemList,
    RecipientAddressDto? RecipientAddress);

internal sealed record OrderDetailResponse(IReadOnlyList<OrderDetailDto> OrderList);

internal sealed record PickupDto(long AddressId, string PickupTimeId, string? TrackingNumber = null);

internal sealed record DropoffDto(string? TrackingNumber = null);

internal sealed record NonIntegratedDto(string TrackingNumber);

internal sealed record ShipOrderRequest(string OrderSn, PickupDto? Pickup, DropoffDto? Dropoff, NonIntegratedDto? NonIntegrated);

internal sealed record TimeSlotDto(long Date, string PickupTimeId);

internal sealed record AddressDto(long AddressId, IReadOnlyList<string>? AddressFlag, IReadOnlyList<TimeSlotDto>? TimeSlotList);

internal sealed record PickupParameterDto(IReadOnlyList<AddressDto>? AddressList);

internal sealed record ShippingParameterResponse(PickupParameterDto? Pickup);

internal sealed record TrackingNumberResponse(string? TrackingNumber);

internal sealed record EmptyResponse;
