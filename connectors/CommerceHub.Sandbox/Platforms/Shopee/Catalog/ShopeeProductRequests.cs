using System.Text.Json;

namespace CommerceHub.Sandbox.Platforms.Shopee.Catalog;

internal sealed record SellerStock(string? LocationId, int Stock);

internal sealed record AddItemRequest(
    decimal? OriginalPrice,
    string? Description,
    double? Weight,
    string? ItemName,
    long? CategoryId,
    string? ItemSku,
    string? ItemStatus,
    IReadOnlyList<SellerStock>? SellerStock,
    JsonElement? Image,
    JsonElement? LogisticInfo,
    JsonElement? AttributeList,
    JsonElement? Brand,
    JsonElement? Dimension,
    string? Condition);

internal sealed record TierOption(string Option);

internal sealed record TierVariation(string Name, IReadOnlyList<TierOption> OptionList);

internal sealed record ModelInput(IReadOnlyList<int>? TierIndex, decimal? OriginalPrice, string? ModelSku, IReadOnlyList<SellerStock>? SellerStock);

internal sealed record InitTierVariationRequest(long? ItemId, IReadOnlyList<TierVariation>? TierVariation, IReadOnlyList<ModelInput>? Model);

internal sealed record AddModelRequest(long? ItemId, IReadOnlyList<ModelInput>? ModelList);

internal sealed record UpdateItemRequest(long? ItemId, string? ItemName, string? Description, string? ItemSku, string? ItemStatus, double? Weight, long? CategoryId);

internal sealed record UnlistEntry(long ItemId, bool Unlist);

internal sealed record UnlistItemRequest(IReadOnlyList<UnlistEntry>? ItemList);

internal sealed record DeleteItemRequest(long? ItemId);

internal sealed record StockEntry(long ModelId, IReadOnlyList<SellerStock>? SellerStock);

internal sealed record UpdateStockRequest(long? ItemId, IReadOnlyList<StockEntry>? StockList);

internal sealed record PriceEntry(long ModelId, decimal OriginalPrice);

internal sealed record UpdatePriceRequest(long? ItemId, IReadOnlyList<PriceEntry>? PriceList);
