using System.Text.Json;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Shopee;

public sealed class ShopeeWebhookTests
{
    [Fact]
    public async Task OrderPush_NewOrder_SignedWithDocumentedAlgorithm()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await StartWithReceiverAsync(receiver);

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600001", count = 1 });
        var push = (await receiver.WaitForAsync(1)).Single();

        Assert.Equal(IndependentShopeeSigner.Hmac(ShopeeSandbox.PartnerKey, receiver.Url + "|" + push.Body), push.Authorization);
        using var body = JsonDocument.Parse(push.Body);
        Assert.Equal(3, body.RootElement.GetProperty("code").GetInt32());
        Assert.Equal(ShopeeSandbox.ShopVn, body.RootElement.GetProperty("shop_id").GetInt64());
        Assert.Equal("UNPAID", body.RootElement.GetProperty("data").GetProperty("status").GetString());
        Assert.Matches("^[0-9]{6}[0-9A-Z]{8}$", body.RootElement.GetProperty("data").GetProperty("ordersn").GetString());
        Assert.Equal(["data", "shop_id", "code", "timestamp"], body.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task OrderPush_ReceiverFailsTwice_RetriedUntilDelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        await using var sandbox = await StartWithReceiverAsync(receiver);

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600001", count = 1 });
        var received = await receiver.WaitForAsync(1);

        Assert.Single(received);
        Assert.Equal(3, receiver.Attempts);
        var push = (await sandbox.AdminAsync(HttpMethod.Get, "/pushes?shopId=600001")).EnumerateArray().Single();
        Assert.Equal("Delivered", push.GetProperty("state").GetString());
        Assert.Equal(3, push.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task OrderPush_ReceiverAlwaysFails_GivesUpAndServesLostPushMessage()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: int.MaxValue);
        await using var sandbox = await StartWithReceiverAsync(receiver);

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600001", count = 1 });
        await WaitUntilAsync(async () => (await sandbox.AdminAsync(HttpMethod.Get, "/pushes")).EnumerateArray().All(p => p.GetProperty("state").GetString() == "Failed"));
        var lost = (await sandbox.Shopee.PublicGetAsync("/api/v2/push/get_lost_push_message")).EnsureOk().Response;

        Assert.Equal(4, receiver.Attempts);
        var message = lost.GetProperty("push_message_list").EnumerateArray().Single();
        Assert.Equal(3, message.GetProperty("code").GetInt32());
        Assert.Contains("\"status\":\"UNPAID\"", message.GetProperty("data").GetString(), StringComparison.Ordinal);
        (await sandbox.Shopee.PublicPostAsync("/api/v2/push/confirm_consumed_lost_push_message", new { last_message_id = lost.GetProperty("last_message_id").GetInt64() })).EnsureOk();
        var after = (await sandbox.Shopee.PublicGetAsync("/api/v2/push/get_lost_push_message")).EnsureOk().Response;
        Assert.Equal(0, after.GetProperty("push_message_list").GetArrayLength());
    }

    [Fact]
    public async Task OrderPush_ShopNotAuthorized_NothingSent()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await StartWithReceiverAsync(receiver);
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopTh);
        await sandbox.AddItemAsync(ShopeeSandbox.ShopTh, stock: 5, price: 100);

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600002", count = 1 });
        await sandbox.AdminAsync(HttpMethod.Post, "/auth/revoke", new { shopId = "600002" });
        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600002", count = 1 });
        await receiver.WaitForAsync(2, timeoutMs: 500);

        Assert.Single(receiver.Received);
    }

    internal static async Task<ShopeeSandbox> StartWithReceiverAsync(WebhookReceiver receiver)
    {
        var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Put, "/webhook", new { url = receiver.Url });
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        await sandbox.AddItemAsync(ShopeeSandbox.ShopVn, stock: 50);
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
