using System.Globalization;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Shopee.Dtos;
using RestSharp;

namespace CommerceHub.Connectors.Shopee;

internal sealed partial class ShopeeClient
{
    public const string AddItemPath = "/api/v2/product/add_item";
    public const string UpdateItemPath = "/api/v2/product/update_item";
    public const string UnlistItemPath = "/api/v2/product/unlist_item";
    public const string InitTierVariationPath = "/api/v2/product/init_tier_variation";
    public const string AddModelPath = "/api/v2/product/add_model";
    public const string UpdateStockPath = "/api/v2/product/update_stock";
    public const string UpdatePricePath = "/api/v2/product/update_price";
    public const string ItemListPath = "/api/v2/product/get_item_list";
    public const string ItemBaseInfoPath = "/api/v2/product/get_item_base_info";
    public const string ModelListPath = "/api/v2/product/get_model_list";

    public Task<AddItemResponse> AddItemAsync(ShopToken token, AddItemRequest body, CancellationToken ct) =>
        SendAsync<AddItemResponse>(WithBody(ShopRequest(AddItemPath, Method.Post, token), body), ct);

    public Task<EmptyResponse> UpdateItemAsync(ShopToken token, UpdateItemRequest body, CancellationToken ct) =>
        SendAsync<EmptyResponse>(WithBody(ShopRequest(UpdateItemPath, Method.Post, token), body), ct);

    public Task<BatchResponse> UnlistItemAsync(ShopToken token, UnlistItemRequest body, CancellationToken ct) =>
        SendAsync<BatchResponse>(WithBody(ShopRequest(UnlistItemPath, Method.Post, token), body), ct);

    public Task<EmptyResponse> InitTierVariationAsync(ShopToken token, InitTierVariationRequest body, CancellationToken ct) =>
        SendAsync<EmptyResponse>(WithBody(ShopRequest(InitTierVariationPath, Method.Post, token), body), ct);

    public Task<EmptyResponse> AddModelAsync(ShopToken token, AddModelRequest body, CancellationToken ct) =>
        SendAsync<EmptyResponse>(WithBody(ShopRequest(AddModelPath, Method.Post, token), body), ct);

    public Task<BatchResponse> UpdateStockAsync(ShopToken token, UpdateStockRequest body, CancellationToken ct) =>
        SendAsync<BatchResponse>(WithBody(ShopRequest(UpdateStockPath, Method.Post, token), body), ct);

    public Task<BatchResponse> UpdatePriceAsync(ShopToken token, UpdatePriceRequest body, CancellationToken ct) =>
        SendAsync<BatchResponse>(WithBody(ShopRequest(UpdatePricePath, Method.Post, token), body), ct);

    public Task<ItemListResponse> GetItemListAsync(ShopToken token, int offset, int pageSize, IReadOnlyList<string> statuses, long? updateFrom, CancellationToken ct)
    {
        var request = ShopRequest(ItemListPath, Method.Get, token)
            .AddQueryParameter("offset", offset.ToString(CultureInfo.InvariantCulture))
            .AddQueryParameter("page_size", pageSize.ToString(CultureInfo.InvariantCulture));
        foreach (var status in statuses)
        {
            request.AddQueryParameter("item_status", status);
        }

        if (updateFrom is { } from)
        {
            request.AddQueryParameter("update_time_from", from.ToString(CultureInfo.InvariantCulture));
        }

        return SendAsync<ItemListResponse>(request, ct);
    }

    public Task<ItemBaseInfoResponse> GetItemBaseInfoAsync(ShopToken token, IReadOnlyList<long> itemIds, CancellationToken ct) =>
        SendAsync<ItemBaseInfoResponse>(
            ShopRequest(ItemBaseInfoPath, Method.Get, token).AddQueryParameter("item_id_list", string.Join(',', itemIds)), ct);

    public Task<ModelListResponse> GetModelListAsync(ShopToken token, long itemId, CancellationToken ct) =>
        SendAsync<ModelListResponse>(
            ShopRequest(ModelListPath, Method.Get, token).AddQueryParameter("item_id", itemId.ToString(CultureInfo.InvariantCulture)), ct);
}
