using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Taobao.Dtos;
using A = CommerceHub.Connectors.Taobao.TaobaoConnectorAssumptions;

namespace CommerceHub.Connectors.Taobao;

public sealed partial class TaobaoConnector
{
    /// <summary>
    /// taobao.item.add is not idempotent: after an unclear failure the item is looked up by outer_id (the hub's SKU)
    /// before sending again, so one call never creates two items. Listings with variants (TOP's sku_properties) are
    /// refused before any call: the connector lists single-SKU items only.
    /// </summary>
    public async Task<PublishedListing> CreateListingAsync(ShopRef shop, ProductListing listing, CancellationToken cancellationToken = default)
    {
        Check(shop);
        RefuseVariants(listing);
        var price = TaobaoPrices.ToWire(listing.Price);
        return await runner.RunCheckedAsync(
            shop,
            Call(shop, A.ItemAdd, idempotent: false),
            async (token, ct) =>
            {
                var added = await client.AddItemAsync(token, listing.Title, listing.Description, listing.CategoryId, price, listing.Stock, listing.Sku, listing.Listed, ct);
                var numIid = added.Item?.NumIid ?? throw TaobaoErrors.Client("client.answer", "taobao.item.add answered without num_iid.");
                Log.ListingCreated(logger, shop.Marketplace, shop.ShopId, numIid, listing.Sku);
                return new PublishedListing(shop, Text(numIid), listing.Sku, []);
            },
            async ct =>
            {
                var found = await FindAsync(shop, listing.Sku, ct);
                if (found is not null)
                {
                    Log.ListingFound(logger, shop.Marketplace, shop.ShopId, listing.Sku, Text(found.NumIid));
                }

                return found is null ? null : new PublishedListing(shop, Text(found.NumIid), listing.Sku, []);
            },
            cancellationToken);
    }

    /// <summary>Title and description, then the listed state; re-listing keeps the item's current stock. Each step may be repeated.</summary>
    public async Task<PublishedListing> UpdateListingAsync(ShopRef shop, string externalItemId, ProductListing listing, CancellationToken cancellationToken = default)
    {
        Check(shop);
        RefuseVariants(listing);
        var numIid = Id(externalItemId, nameof(externalItemId));
        await RunAsync(shop, A.ItemUpdate, idempotent: true, (token, ct) => client.UpdateItemAsync(token, numIid, listing.Title, listing.Description, ct), cancellationToken);
        var current = await FindAsync(shop, listing.Sku, cancellationToken);
        if (current is not null && current.NumIid == numIid && current.ApproveStatus != (listing.Listed ? TaobaoStatuses.OnSale : TaobaoStatuses.InStock))
        {
            await (listing.Listed
                ? RunAsync(shop, A.ItemListing, idempotent: true, (token, ct) => client.ListAsync(token, numIid, current.Num, ct), cancellationToken)
                : RunAsync(shop, A.ItemDelisting, idempotent: true, (token, ct) => client.DelistAsync(token, numIid, ct), cancellationToken));
        }

        return new PublishedListing(shop, externalItemId, listing.Sku, []);
    }

    /// <summary>taobao.item.update.delisting moves the item to the warehouse (instock); repeating it changes nothing.</summary>
    public async Task DelistAsync(ShopRef shop, string externalItemId, CancellationToken cancellationToken = default)
    {
        Check(shop);
        var numIid = Id(externalItemId, nameof(externalItemId));
        await RunAsync(shop, A.ItemDelisting, idempotent: true, (token, ct) => client.DelistAsync(token, numIid, ct), cancellationToken);
    }

    private static void RefuseVariants(ProductListing listing)
    {
        if (listing.Variants.Count > 0)
        {
            throw TaobaoErrors.Client("client.variants", "Taobao listings with SKUs (sku_properties) are not supported yet; publish one item per SKU.");
        }
    }

    /// <summary>The item carrying <paramref name="sku"/> as outer_id, if one exists.</summary>
    private async Task<ItemDto?> FindAsync(ShopRef shop, string sku, CancellationToken ct)
    {
        var found = await RunAsync(shop, A.ItemsByOuterId, idempotent: true, (token, c) => client.GetItemsByOuterIdAsync(token, sku, c), ct);
        return found.Items?.Item?.OrderBy(i => i.NumIid).FirstOrDefault();
    }
}
