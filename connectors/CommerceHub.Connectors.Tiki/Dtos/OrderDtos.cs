namespace CommerceHub.Connectors.Tiki.Dtos;

internal sealed record OrderProductDto(long Id, string? Sku, string? SellerProductCode, string Name);

internal sealed record OrderItemInvoiceDto(decimal Price, int Quantity);

internal sealed record OrderItemDto(long Id, OrderProductDto Product, OrderItemInvoiceDto Invoice);

internal sealed record OrderInvoiceDto(decimal GrandTotal);

internal sealed record OrderAddressDto(string? FullName, string? Street, string? Ward, string? District, string? Region, string? Country, string? Phone);

internal sealed record OrderShippingDto(OrderAddressDto? Address, string? TrackingCode = null, string? PartnerName = null);

internal sealed record ConfirmAvailableRequest(long SellerInventoryId);

internal sealed record ConfirmAvailableData(string? OrderCode, string? Status, string? TrackingCode);

internal sealed record OrderDto(
    long Id,
    string Code,
    string Status,
    string? FulfillmentType,
    string CreatedAt,
    string UpdatedAt,
    IReadOnlyList<OrderItemDto>? Items,
    OrderInvoiceDto? Invoice,
    OrderShippingDto? Shipping);

internal sealed record OrderPage(IReadOnlyList<OrderDto>? Data, PagingDto? Paging);
