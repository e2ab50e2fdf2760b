namespace CommerceHub.Connectors.Taobao;

/// <summary>
/// Every Taobao behaviour this connector relies on that the public material marks [U] (platform-apis.md §6), in one
/// place so a correction from the real platform is a one-line change: error codes other than 7, 25 and 27, the item
/// and logistics method names, the OAuth hosts, and the shape of their answers.
/// </summary>
internal static class TaobaoConnectorAssumptions
{
    /// <summary>"This ban will last for N more seconds" when sub_msg names no number.</summary>
    public static readonly TimeSpan DefaultBan = TimeSpan.FromSeconds(1);

    /// <summary>taobao.trades.sold.increment.get only serves changes of the last three months.</summary>
    public static readonly TimeSpan IncrementHistory = TimeSpan.FromDays(90);

    /// <summary>Item methods ([U]): add, update, listing state, stock (type 1 = absolute), price, and lookup by outer_id.</summary>
    public const string ItemAdd = "taobao.item.add";
    public const string ItemUpdate = "taobao.item.update";
    public const string ItemDelisting = "taobao.item.update.delisting";
    public const string ItemListing = "taobao.item.update.listing";
    public const string ItemQuantity = "taobao.item.quantity.update";
    public const string ItemPrice = "taobao.item.price.update";
    public const string ItemsOnsale = "taobao.items.onsale.get";
    public const string ItemsInventory = "taobao.items.inventory.get";
    public const string ItemsByOuterId = "taobao.items.custom.get";

    /// <summary>Shipping with the seller's own carrier, and reading the waybill back ([U]).</summary>
    public const string OfflineSend = "taobao.logistics.offline.send";
    public const string LogisticsOrders = "taobao.logistics.orders.get";
}
