using CommerceHub.Sandbox.Core;

namespace CommerceHub.Sandbox.Platforms.Shopee.Catalog;

/// <summary>init_tier_variation and add_model: at most 2 tiers and 50 models per item.</summary>
internal static class ShopeeVariationEndpoints
{
    private const int MaxModels = 50;

    public static void Map(RouteGroupBuilder shopApi)
    {
        shopApi.MapPost("/product/init_tier_variation", InitTierVariation);
        shopApi.MapPost("/product/add_model", AddModel);
    }

    private static async Task<IResult> InitTierVariation(HttpContext http, ShopeeCatalog catalog, SandboxClock clock)
    {
        var caller = ShopeeCaller.From(http);
        var body = await ShopeeJson.ReadAsync<InitTierVariationRequest>(http.Request);
        if (body?.ItemId is not { } itemId || body.TierVariation is not { Count: >= 1 and <= 2 } tiers
            || body.Model is not { Count: >= 1 and <= MaxModels } models)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("item_id, 1-2 tier_variation and 1-50 model are required"));
        }

        if (catalog.Item(caller.ShopId, itemId) is not { } item)
        {
            return ShopeeJson.Error(ShopeeErrors.ItemNotFound);
        }

        var book = catalog.Shop(caller.ShopId)!; // The item was found in this shop.
        lock (item.Gate)
        {
            if (item.HasModel)
            {
                return ShopeeJson.Error(ShopeeErrors.WrongParameters("item already has tier variations; use add_model or update_tier_variation"));
            }

            var newTiers = tiers.Select(t => new ShopeeTier(t.Name, [.. t.OptionList.Select(o => o.Option)])).ToList();
            if (Validate(models, newTiers, book.Region, []) is { } problem)
            {
                return ShopeeJson.Error(ShopeeErrors.WrongParameters(problem));
            }

            item.Tiers.AddRange(newTiers);
            AddModels(item, models, catalog);
            item.Stock = 0;
            item.UpdateTime = clock.UnixSeconds;
            return ShopeeJson.Ok(new
            {
                item.ItemId,
                TierVariation = tiers,
                Model = item.Models.Select(m => ShopeeItemViews.Model(m, book.Currency)),
            });
        }
    }

    private static async Task<IResult> AddModel(HttpContext http, ShopeeCatalog catalog, SandboxClock clock)
    {
        var caller = ShopeeCaller.From(http);
        var body = await ShopeeJson.ReadAsync<AddModelRequest>(http.Request);
        if (body?.ItemId is not { } itemId || body.ModelList is not { Count: >= 1 and <= MaxModels } models)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("item_id and 1-50 model_list are required"));
        }

        if (catalog.Item(caller.ShopId, itemId) is not { } item)
        {
            return ShopeeJson.Error(ShopeeErrors.ItemNotFound);
        }

        var book = catalog.Shop(caller.ShopId)!; // The item was found in this shop.
        lock (item.Gate)
        {
            if (!item.HasModel)
            {
                return ShopeeJson.Error(ShopeeErrors.WrongParameters("item has no tier variation; call init_tier_variation first"));
            }

            if (item.Models.Count + models.Count > MaxModels)
            {
                return ShopeeJson.Error(ShopeeErrors.WrongParameters("an item holds at most 50 models"));
            }

            if (Validate(models, item.Tiers, book.Region, item.Models) is { } problem)
            {
                return ShopeeJson.Error(ShopeeErrors.WrongParameters(problem));
            }

            var added = AddModels(item, models, catalog);
            item.UpdateTime = clock.UnixSeconds;
            return ShopeeJson.Ok(new { Model = added.Select(m => ShopeeItemViews.Model(m, book.Currency)) });
        }
    }

    private static string? Validate(IReadOnlyList<ModelInput> models, List<ShopeeTier> tiers, string region, IReadOnlyList<ShopeeModel> existing)
    {
        var seen = existing.Select(m => string.Join(',', m.TierIndex)).ToHashSet(StringComparer.Ordinal);
        foreach (var model in models)
        {
            if (model.TierIndex is not { } index || index.Count != tiers.Count || index.Select((v, i) => v < 0 || v >= tiers[i].Options.Count).Any(bad => bad))
            {
                return "tier_index does not match tier_variation";
            }

            if (!seen.Add(string.Join(',', index)))
            {
                return "duplicate tier_index";
            }

            if (model.OriginalPrice is not { } price || !ShopeeRegions.IsValidPrice(region, price))
            {
                return $"original_price is missing or not valid for region {region}";
            }
        }

        return null;
    }

    private static List<ShopeeModel> AddModels(ShopeeItem item, IReadOnlyList<ModelInput> models, ShopeeCatalog catalog)
    {
        var added = models.Select(m => new ShopeeModel(catalog.NewModelId(), [.. m.TierIndex!]) // Validate checked TierIndex.
        {
            ModelSku = m.ModelSku ?? "",
            OriginalPrice = m.OriginalPrice ?? 0,
            Stock = ShopeeItemEndpoints.TotalStock(m.SellerStock),
        }).ToList();
        item.Models.AddRange(added);
        return added;
    }
}
