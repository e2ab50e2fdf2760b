using System.Text.Json;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Douyin;

public sealed class DouyinPushAndLimitTests
{
    [Fact]
    public async Task Push_ReceiverFailsTwice_RetriedAndSignedWithEventSign()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await using var receiver = await DouyinPushReceiver.StartAsync(failFirst: 2);
        await sandbox.AdminAsync(HttpMethod.Put, "/webhook", new { url = receiver.Url });
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        await sandbox.AddProductAsync(DouyinSandbox.ShopA, "奶粉", ("M", 100m, 5));

        var orderId = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = DouyinSandbox.ShopA, count = 1 })).GetProperty("orderIds")[0].GetString()!;
        var push = Assert.Single(await receiver.WaitForAsync(1));

        Assert.Equal(3, receiver.Attempts);
        Assert.Equal(IndependentDouyinSigner.PushSign(DouyinSandbox.AppKey, DouyinSandbox.AppSecret, push.Body), push.EventSign);
        Assert.Equal(DouyinSandbox.AppKey, push.AppId);
        var message = JsonDocument.Parse(push.Body).RootElement[0];
        Assert.Equal("101", message.GetProperty("tag").GetString());
        var data = JsonDocument.Parse(message.GetProperty("data").GetString()!).RootElement;
        Assert.Equal((orderId, 2), (data.GetProperty("p_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), data.GetProperty("order_status").GetInt32()));
    }

    [Fact]
    public async Task Push_DuplicateFault_SendsTheSameSignedBodyTwice()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await using var receiver = await DouyinPushReceiver.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Put, "/webhook", new { url = receiver.Url });
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { webhookDuplicateRate = 1.0 });
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        await sandbox.AddProductAsync(DouyinSandbox.ShopA, "奶粉", ("M", 100m, 5));

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = DouyinSandbox.ShopA, count = 1 });
        var pushes = await receiver.WaitForAsync(2);

        Assert.Equal(2, pushes.Count);
        Assert.Equal(pushes[0].Body, pushes[1].Body);
        Assert.Equal(pushes[0].EventSign, pushes[1].EventSign);
    }

    [Fact]
    public async Task RateLimit_OverThePerMethodLimit_Returns60000()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        await sandbox.AdminAsync(HttpMethod.Put, "/rate-limits", new { permitsPerWindow = 1000, windowSeconds = 60, perApi = new Dictionary<string, int> { ["order.orderDetail"] = 2 } });

        var codes = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await sandbox.CallAsync("order.orderDetail", new { shop_order_id = "1" })).Code);
        }

        var other = await sandbox.CallAsync("product.listV2", new { page = 1, size = 10 });
        Assert.Equal([50002, 50002, 60000], codes);
        Assert.Equal(10000, other.Code);
    }

    [Fact]
    public async Task Fault_ServerErrors_AnswerHttp500WithCode20000()
    {
        await using var sandbox = await DouyinSandbox.StartAsync();
        await sandbox.AuthorizeAsync(DouyinSandbox.ShopA);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { serverErrorRate = 1.0 });

        var result = await sandbox.CallAsync("product.listV2", new { page = 1, size = 10 });

        Assert.Equal((500, 20000, "dop.service-error"), (result.HttpStatus, result.Code, result.SubCode));
    }
}
