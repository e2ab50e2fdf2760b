using System.Text.Json.Serialization;

namespace CommerceHub.Connectors.Lazada.Dtos;

internal sealed record OrderAddressDto(string? FirstName, string? LastName, string? Phone, string? Address1, string? City, string? PostCode, string? Country);

/// <summary>An order as /orders/get and /order/get return it; statuses are per item, listed here without repeats.</summary>
internal sealed record OrderDto(
    long OrderId,
    decimal Price,
    decimal ShippingFee,
    decimal Voucher,
    string? PaymentMethod,
    IReadOnlyList<string>? Statuses,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    OrderAddressDto? AddressShipping);

internal sealed record OrdersResponse(int Count, [property: JsonPropertyName("countTotal")] int CountTotal, IReadOnlyList<OrderDto>? Orders);

/// <summary>One unit bought: status, package and tracking live here, not on the order.</summary>
internal sealed record OrderItemDto(
    long OrderItemId,
    long OrderId,
    long ProductId,
    long SkuId,
    string? Sku,
    string? Name,
    decimal PaidPrice,
    string Currency,
    string Status,
    string? PackageId,
    string? TrackingCode,
    DateTimeOffset UpdatedAt);

internal sealed record PackOrderDto(long OrderId, IReadOnlyList<long> OrderItemList);

internal sealed record PackRequestDto(IReadOnlyList<PackOrderDto> PackOrderList, string DeliveryType, string ShippingAllocateType);

internal sealed record PackedItemDto(long OrderItemId, string? Msg, string ItemErrCode, string? TrackingNumber, string? PackageId);

internal sealed record PackedOrderDto(long? OrderId, IReadOnlyList<PackedItemDto>? OrderItemList);

internal sealed record PackDataDto(IReadOnlyList<PackedOrderDto>? PackOrderList);

/// <summary>"success": true does not mean every item went through: each item has its own item_err_code.</summary>
internal sealed record PackResultDto(bool Success, PackDataDto? Data);

internal sealed record RtsPackageDto(string PackageId);

internal sealed record RtsRequestDto(IReadOnlyList<RtsPackageDto> Packages);

internal sealed record RtsPackageResultDto(string? PackageId, string ItemErrCode, string? Msg);

internal sealed record RtsDataDto(IReadOnlyList<RtsPackageResultDto>? Packages);

internal sealed record RtsResultDto(bool Success, RtsDataDto? Data);
