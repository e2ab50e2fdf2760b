namespace CommerceHub.Sandbox.Platforms.Shopee.Catalog;

/// <summary>Item and model JSON as get_item_base_info / get_model_list return it; callers hold the item's Gate.</summary>
internal static class ShopeeItemViews
{
    public static object PriceInfo(string currency, decimal price) =>
        new[] { new { Currency = currency, OriginalPrice = price, CurrentPrice = price } };

    public static object StockInfo(int available, int reserved) => new
    {
        SummaryInfo = new { TotalReservedStock = reserved, TotalAvailableStock = available },
        SellerStock = new[] { new { LocationId = "", Stock = available } },
    };

    public static Dictionary<string, object?> BaseInfo(ShopeeItem item, string currency)
    {
        var view = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["item_id"] = item.ItemId,
            ["category_id"] = item.CategoryId,
            ["item_name"] = item.ItemName,
            ["description"] = item.Description,
            ["item_sku"] = item.ItemSku,
            ["create_time"] = item.CreateTime,
            ["update_time"] = item.UpdateTime,
            ["weight"] = item.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["item_status"] = item.Status,
            ["has_model"] = item.HasModel,
        };
        foreach (var (key, value) in item.Extra)
        {
            view[key] = value;
        }

        // Items with models carry price and stock per model (get_model_list), as on Shopee.
        if (!item.HasModel)
        {
            view["price_info"] = PriceInfo(currency, item.OriginalPrice);
            view["stock_info_v2"] = StockInfo(item.Stock, item.Reserved);
        }

        return view;
    }

    public static object ModelList(ShopeeItem item, string currency) => new
    {
        TierVariation = item.Tiers.Select(t => new { t.Name, OptionList = t.Options.Select(o => new { Option = o }) }),
        Model = item.Models.Select(m => Model(m, currency)),
    };

    public static object Model(ShopeeModel model, string currency) => new
    {
        model.ModelId,
        model.TierIndex,
        model.ModelSku,
        PriceInfo = PriceInfo(currency, model.OriginalPrice),
        StockInfoV2 = StockInfo(model.Stock, model.Reserved),
    };
}
