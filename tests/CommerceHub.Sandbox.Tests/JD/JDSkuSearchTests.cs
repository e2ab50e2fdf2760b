using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.JD;

public sealed class JDSkuSearchTests
{
    private const string Search = "jingdong.sku.read.searchSkuList";

    [Fact]
    public async Task SearchSkuList_Paged_EverySkuOnceWithChineseNameAndYuanPrice()
    {
        await using var sandbox = await JDSandbox.StartAsync();
        await sandbox.AuthorizeAsync(JDSandbox.VenderA);
        for (var i = 0; i < 3; i++)
        {
            await sandbox.AddSkuAsync(JDSandbox.VenderA, 10.5m + i, 5, name: $"白俄罗斯奶粉 {i} 段");
        }

        var first = (await sandbox.CallAsync(Search, new { pageNo = "1", pageSize = "2" })).Body(Search).GetProperty("page");
        var second = (await sandbox.CallAsync(Search, new { pageNo = "2", pageSize = "2" })).Body(Search).GetProperty("page");
        var tooBig = await sandbox.CallAsync(Search, new { pageSize = "101" });

        Assert.Equal(3, first.GetProperty("totalItem").GetInt32());
        Assert.Equal(2, first.GetProperty("data").GetArrayLength());
        var last = Assert.Single(second.GetProperty("data").EnumerateArray());
        Assert.Equal(("白俄罗斯奶粉 2 段", "12.50"), (last.GetProperty("skuName").GetString(), last.GetProperty("jdPrice").GetString()));
        Assert.Equal("17", tooBig.ErrorCode);
    }
}
