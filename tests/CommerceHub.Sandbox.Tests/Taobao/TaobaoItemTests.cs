using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Taobao;

public sealed class TaobaoItemTests
{
    private const string Fields = "num_iid,title,outer_id,num,approve_status";

    [Fact]
    public async Task DelistingAndListing_MoveItemBetweenOnsaleAndInventoryKeepingChineseTitle()
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        await sandbox.AuthorizeAsync(TaobaoSandbox.SellerA);
        var numIid = await sandbox.AddItemAsync(5, title: "羊绒围巾 灰色");

        await sandbox.CallAsync("taobao.item.update", new Dictionary<string, string> { ["num_iid"] = $"{numIid}", ["title"] = "羊绒披肩 驼色" });
        (await sandbox.CallAsync("taobao.item.update.delisting", new Dictionary<string, string> { ["num_iid"] = $"{numIid}" })).Body("taobao.item.update.delisting");
        var onsale = (await sandbox.CallAsync("taobao.items.onsale.get", new Dictionary<string, string> { ["fields"] = Fields })).Body("taobao.items.onsale.get");
        var inventory = (await sandbox.CallAsync("taobao.items.inventory.get", new Dictionary<string, string> { ["fields"] = Fields })).Body("taobao.items.inventory.get");
        (await sandbox.CallAsync("taobao.item.update.listing", new Dictionary<string, string> { ["num_iid"] = $"{numIid}", ["num"] = "4" })).Body("taobao.item.update.listing");
        var back = (await sandbox.CallAsync("taobao.items.onsale.get", new Dictionary<string, string> { ["fields"] = Fields })).Body("taobao.items.onsale.get");

        Assert.Equal(0, onsale.GetProperty("total_results").GetInt32());
        Assert.False(onsale.TryGetProperty("items", out _));
        var delisted = inventory.GetProperty("items").GetProperty("item")[0];
        Assert.Equal(("羊绒披肩 驼色", "instock"), (delisted.GetProperty("title").GetString(), delisted.GetProperty("approve_status").GetString()));
        Assert.False(delisted.TryGetProperty("price", out _)); // not in fields
        Assert.Equal(4, back.GetProperty("items").GetProperty("item")[0].GetProperty("num").GetInt32());
    }

    [Fact]
    public async Task CustomGetAndLogisticsOrders_FindItemByOuterIdAndWaybillAfterSend()
    {
        await using var sandbox = await TaobaoSandbox.StartAsync();
        await sandbox.AuthorizeAsync(TaobaoSandbox.SellerA);
        var numIid = (await sandbox.CallAsync("taobao.item.add", new Dictionary<string, string> { ["num"] = "3", ["price"] = "9.90", ["title"] = "俄罗斯面粉", ["cid"] = "1", ["outer_id"] = "FLOUR-1" }))
            .Body("taobao.item.add").GetProperty("item").GetProperty("num_iid").GetInt64();
        var tid = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TaobaoSandbox.SellerA, count = 1, advanceTo = "WAIT_SELLER_SEND_GOODS" })).GetProperty("orderIds")[0].GetString()!;

        var found = (await sandbox.CallAsync("taobao.items.custom.get", new Dictionary<string, string> { ["outer_id"] = "FLOUR-1,NONE", ["fields"] = Fields })).Body("taobao.items.custom.get");
        var before = (await sandbox.CallAsync("taobao.logistics.orders.get", new Dictionary<string, string> { ["tid"] = tid, ["fields"] = "tid,out_sid" })).Body("taobao.logistics.orders.get");
        await sandbox.CallAsync("taobao.logistics.offline.send", new Dictionary<string, string> { ["tid"] = tid, ["out_sid"] = "ZT123", ["company_code"] = "ZTO" });
        var after = (await sandbox.CallAsync("taobao.logistics.orders.get", new Dictionary<string, string> { ["tid"] = tid, ["fields"] = "tid,out_sid" })).Body("taobao.logistics.orders.get");

        Assert.Equal(numIid, found.GetProperty("items").GetProperty("item")[0].GetProperty("num_iid").GetInt64());
        Assert.Equal(1, found.GetProperty("items").GetProperty("item").GetArrayLength());
        Assert.Equal(0, before.GetProperty("total_results").GetInt32());
        Assert.Equal("ZT123", after.GetProperty("shippings").GetProperty("shipping")[0].GetProperty("out_sid").GetString());
    }
}
