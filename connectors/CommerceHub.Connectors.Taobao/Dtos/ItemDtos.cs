namespace CommerceHub.Connectors.Taobao.Dtos;

/// <summary>An item as the item APIs return it (only the requested fields are filled).</summary>
internal sealed record ItemDto(
    long NumIid,
    string? Title,
    string? OuterId,
    decimal Price,
    int Num,
    string? ApproveStatus,
    DateTimeOffset Modified);

internal sealed record ItemListDto(IReadOnlyList<ItemDto>? Item);

/// <summary>items.onsale.get / items.inventory.get / items.custom.get; an empty page has no "items" key.</summary>
internal sealed record ItemsResponse(ItemListDto? Items, int TotalResults);

internal sealed record ItemRefDto(long NumIid, DateTimeOffset Created, DateTimeOffset Modified);

/// <summary>item.add and the item update methods answer {item:{num_iid, ...}}.</summary>
internal sealed record ItemResponse(ItemRefDto? Item);
