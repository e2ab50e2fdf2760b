namespace CommerceHub.Connectors.TikTok.Dtos;

internal sealed record OrderSearchRequest(long? UpdateTimeGe, long? UpdateTimeLt);

internal sealed record PaymentDto(string Currency, string? SubTotal, string? ShippingFee, string TotalAmount);

internal sealed record RecipientAddressDto(string? Name, string? PhoneNumber, string? FullAddress, string? PostalCode, string? RegionCode);

/// <summary>TikTok lists one line item per unit bought; the mapping folds them into quantities.</summary>
internal sealed record LineItemDto(string Id, string ProductId, string? ProductName, string SkuId, string? SkuName, string? SellerSku, string? SalePrice, string? Currency, string? PackageId);

internal sealed record PackageDto(string Id);

internal sealed record OrderDto(
    string Id,
    string Status,
    long CreateTime,
    long UpdateTime,
    long? PaidTime,
    string? TrackingNumber,
    PaymentDto Payment,
    RecipientAddressDto? RecipientAddress,
    IReadOnlyList<LineItemDto>? LineItems,
    IReadOnlyList<PackageDto>? Packages);

internal sealed record OrderSearchData(IReadOnlyList<OrderDto>? Orders, int TotalCount, string? NextPageToken);

internal sealed record OrderDetailData(IReadOnlyList<OrderDto>? Orders);

internal sealed record SelfShipmentDto(string TrackingNumber, string? ShippingProviderId);

internal sealed record ShipPackageRequest(string? HandoverMethod, SelfShipmentDto? SelfShipment);
