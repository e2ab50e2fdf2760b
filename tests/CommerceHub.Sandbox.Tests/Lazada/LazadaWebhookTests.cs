using System.Net;
using System.Text.Json;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Lazada;

public sealed class LazadaWebhookTests
{
    [Fact]
    public async Task OrderPush_NewOrder_SignedWithAppKeyPlusBody()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await StartWithReceiverAsync(receiver);

        var orderId = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = LazadaSandbox.SellerVn, count = 1 })).GetProperty("orderIds")[0].GetString();
        var push = (await receiver.WaitForAsync(1)).Single();

        Assert.Equal(IndependentLazadaSigner.Push(LazadaSandbox.AppSecret, LazadaSandbox.AppKey, push.Body), push.Authorization);
        using var body = JsonDocument.Parse(push.Body);
        var root = body.RootElement;
        Assert.Equal(["seller_id", "message_type", "data", "timestamp", "site"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(LazadaSandbox.SellerVn, root.GetProperty("seller_id").GetString());
        Assert.Equal(0, root.GetProperty("message_type").GetInt32());
        Assert.Equal("lazada_vn", root.GetProperty("site").GetString());
        Assert.Equal("unpaid", root.GetProperty("data").GetProperty("order_status").GetString());
        Assert.Equal(orderId, root.GetProperty("data").GetProperty("trade_order_id").GetString());
        Assert.True(root.GetProperty("timestamp").GetInt64() > 1_000_000_000_000, "timestamp is in milliseconds");
    }

    [Fact]
    public async Task OrderPush_ItemStatusChanges_OnePushPerItem()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await StartWithReceiverAsync(receiver);

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = LazadaSandbox.SellerVn, count = 1, quantity = 2, advanceTo = "pending" });
        var received = await receiver.WaitForAsync(4);

        var data = received.Select(p => JsonDocument.Parse(p.Body).RootElement.GetProperty("data")).ToList();
        Assert.Equal(4, data.Count);
        Assert.Equal(2, data.Select(d => d.GetProperty("trade_order_line_id").GetString()).Distinct().Count());
        Assert.Equal(2, data.Count(d => d.GetProperty("order_status").GetString() == "pending"));
    }

    [Fact]
    public async Task OrderPush_ReceiverFailsTwice_RetriedUntilDelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        await using var sandbox = await StartWithReceiverAsync(receiver);

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = LazadaSandbox.SellerVn, count = 1 });
        var received = await receiver.WaitForAsync(1);

        Assert.Single(received);
        Assert.Equal(3, receiver.Attempts);
        var push = (await sandbox.AdminAsync(HttpMethod.Get, $"/pushes?shopId={LazadaSandbox.SellerVn}")).EnumerateArray().Single();
        Assert.Equal("Delivered", push.GetProperty("state").GetString());
        Assert.Equal(0, push.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task OrderPush_ReceiverAlwaysFails_GivesUpAfterMaxAttempts()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: int.MaxValue);
        await using var sandbox = await StartWithReceiverAsync(receiver);

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = LazadaSandbox.SellerVn, count = 1 });
        await WaitUntilAsync(async () => (await sandbox.AdminAsync(HttpMethod.Get, "/pushes")).EnumerateArray().All(p => p.GetProperty("state").GetString() == "Failed"));

        Assert.Equal(4, receiver.Attempts);
        Assert.Equal((int)HttpStatusCode.InternalServerError, (await sandbox.AdminAsync(HttpMethod.Get, "/pushes"))[0].GetProperty("lastStatusCode").GetInt32());
    }

    internal static async Task<LazadaSandbox> StartWithReceiverAsync(WebhookReceiver receiver)
    {
        var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Put, "/webhook", new { appId = LazadaSandbox.AppKey, url = receiver.Url });
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        await sandbox.AddProductAsync(LazadaSandbox.SellerVn, 50);
        return sandbox;
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition, int timeoutMs = 5000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Condition not met in time.");
            await Task.Delay(25);
        }
    }
}
