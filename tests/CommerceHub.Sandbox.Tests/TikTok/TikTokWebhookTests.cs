using System.Text.Json;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.TikTok;

public sealed class TikTokWebhookTests
{
    [Fact]
    public async Task OrderWebhook_NewOrder_SignedWithAppKeyPlusBody()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await StartWithReceiverAsync(receiver);

        var orderId = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikTokSandbox.ShopVn, count = 1 })).GetProperty("orderIds")[0].GetString();
        var push = (await receiver.WaitForAsync(1)).Single();

        Assert.Equal(IndependentTikTokSigner.Hmac(TikTokSandbox.AppSecret, TikTokSandbox.AppKey + push.Body), push.Authorization);
        using var body = JsonDocument.Parse(push.Body);
        var root = body.RootElement;
        Assert.Equal(["type", "tts_notification_id", "shop_id", "timestamp", "data"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("type").GetInt32());
        Assert.Equal(TikTokSandbox.ShopVn, root.GetProperty("shop_id").GetString());
        Assert.Equal(orderId, root.GetProperty("data").GetProperty("order_id").GetString());
        Assert.Equal("UNPAID", root.GetProperty("data").GetProperty("order_status").GetString());
    }

    [Fact]
    public async Task OrderWebhook_StatusWalk_OneWebhookPerStatusWithDistinctNotificationIds()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await StartWithReceiverAsync(receiver);

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikTokSandbox.ShopVn, count = 1, advanceTo = "AWAITING_SHIPMENT" });
        var received = await receiver.WaitForAsync(3);

        var roots = received.Select(p => JsonDocument.Parse(p.Body).RootElement).ToList();
        Assert.Equal(["UNPAID", "ON_HOLD", "AWAITING_SHIPMENT"], roots.Select(r => r.GetProperty("data").GetProperty("order_status").GetString()));
        Assert.Equal(3, roots.Select(r => r.GetProperty("tts_notification_id").GetString()).Distinct().Count());
        Assert.True(roots[1].GetProperty("data").GetProperty("is_on_hold_order").GetBoolean());
    }

    [Fact]
    public async Task OrderWebhook_ReceiverFailsTwice_RetriedUntilDelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        await using var sandbox = await StartWithReceiverAsync(receiver);

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikTokSandbox.ShopVn, count = 1 });
        var received = await receiver.WaitForAsync(1);

        Assert.Single(received);
        Assert.Equal(3, receiver.Attempts);
        var push = (await sandbox.AdminAsync(HttpMethod.Get, $"/pushes?shopId={TikTokSandbox.ShopVn}")).EnumerateArray().Single();
        Assert.Equal("Delivered", push.GetProperty("state").GetString());
    }

    internal static async Task<TikTokSandbox> StartWithReceiverAsync(WebhookReceiver receiver)
    {
        var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Put, "/webhook", new { appId = TikTokSandbox.AppKey, url = receiver.Url });
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        await sandbox.AddProductAsync(TikTokSandbox.ShopVn, 50);
        return sandbox;
    }
}
