using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Taobao.Dtos;
using RestSharp;
using A = CommerceHub.Connectors.Taobao.TaobaoConnectorAssumptions;

namespace CommerceHub.Connectors.Taobao;

internal sealed partial class TaobaoClient
{
    public const string ItemFields = "num_iid,title,outer_id,price,num,approve_status,modified";

    /// <summary>item.add for a listing without SKUs; outer_id carries the hub's SKU so a lost answer can be looked up.</summary>
    public Task<ItemResponse> AddItemAsync(ShopToken token, string title, string description, string categoryId, string price, int num, string outerId, bool listed, CancellationToken ct) =>
        SendAsync<ItemResponse>(
            Call(A.ItemAdd, token.AccessToken)
                .AddParameter("title", title)
                .AddParameter("desc", description)
                .AddParameter("cid", categoryId)
                .AddParameter("price", price)
                .AddParameter("num", Invariant(num))
                .AddParameter("outer_id", outerId)
                .AddParameter("type", "fixed")
                .AddParameter("stuff_status", "new")
                .AddParameter("approve_status", listed ? TaobaoStatuses.OnSale : TaobaoStatuses.InStock),
            ct);

    public Task<ItemResponse> UpdateItemAsync(ShopToken token, long numIid, string title, string description, CancellationToken ct) =>
        SendAsync<ItemResponse>(Call(A.ItemUpdate, token.AccessToken).AddParameter("num_iid", Number(numIid)).AddParameter("title", title).AddParameter("desc", description), ct);

    public Task<ItemResponse> DelistAsync(ShopToken token, long numIid, CancellationToken ct) =>
        SendAsync<ItemResponse>(Call(A.ItemDelisting, token.AccessToken).AddParameter("num_iid", Number(numIid)), ct);

    public Task<ItemResponse> ListAsync(ShopToken token, long numIid, int num, CancellationToken ct) =>
        SendAsync<ItemResponse>(Call(A.ItemListing, token.AccessToken).AddParameter("num_iid", Number(numIid)).AddParameter("num", Invariant(num)), ct);

    /// <summary>type 1 sets the absolute quantity, so a repeated call is harmless (type 2 would add).</summary>
    public Task<ItemResponse> UpdateQuantityAsync(ShopToken token, long numIid, int quantity, CancellationToken ct) =>
        SendAsync<ItemResponse>(Call(A.ItemQuantity, token.AccessToken).AddParameter("num_iid", Number(numIid)).AddParameter("quantity", Invariant(quantity)).AddParameter("type", "1"), ct);

    public Task<ItemResponse> UpdatePriceAsync(ShopToken token, long numIid, string price, CancellationToken ct) =>
        SendAsync<ItemResponse>(Call(A.ItemPrice, token.AccessToken).AddParameter("num_iid", Number(numIid)).AddParameter("price", price), ct);

    /// <summary>items.onsale.get (listed) or items.inventory.get (delisted), newest change first.</summary>
    public Task<ItemsResponse> GetItemsAsync(ShopToken token, bool onSale, int pageNo, int pageSize, CancellationToken ct) =>
        SendAsync<ItemsResponse>(
            Call(onSale ? A.ItemsOnsale : A.ItemsInventory, token.AccessToken)
                .AddParameter("fields", ItemFields)
                .AddParameter("page_no", Invariant(pageNo))
                .AddParameter("page_size", Invariant(pageSize)),
            ct);

    public Task<ItemsResponse> GetItemsByOuterIdAsync(ShopToken token, string outerId, CancellationToken ct) =>
        SendAsync<ItemsResponse>(Call(A.ItemsByOuterId, token.AccessToken).AddParameter("outer_id", outerId).AddParameter("fields", ItemFields), ct);
}
