using System.Net;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.TikTok;

public sealed class TikTokFaultTests
{
    [Fact]
    public async Task ServerErrorRate_All_Returns500WithTikTokEnvelope()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { serverErrorRate = 1.0 });

        var result = await sandbox.TikTok.PostAsync("/product/202502/products/search", TikTokSandbox.ShopVn, null, ("page_size", "1"));

        Assert.Equal(HttpStatusCode.InternalServerError, result.Status);
        Assert.NotEqual(0, result.Code);
        Assert.False(string.IsNullOrEmpty(result.Json.GetProperty("request_id").GetString()));
        await sandbox.AdminAsync(HttpMethod.Delete, "/faults");
        (await sandbox.TikTok.PostAsync("/product/202502/products/search", TikTokSandbox.ShopVn, null, ("page_size", "1"))).EnsureOk();
    }

    [Fact]
    public async Task WebhookDuplicate_All_ReceiverGetsSameNotificationTwice()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await TikTokWebhookTests.StartWithReceiverAsync(receiver);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { webhookDuplicateRate = 1.0 });

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = TikTokSandbox.ShopVn, count = 1 });
        var received = await receiver.WaitForAsync(2);

        Assert.Equal(2, received.Count);
        Assert.Equal(received[0], received[1]);
    }

    [Fact]
    public async Task Latency_Set_DelaysEveryCall()
    {
        await using var sandbox = await TikTokSandbox.StartAsync();
        await sandbox.TikTok.AuthorizeAsync(TikTokSandbox.ShopVn);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { latencyMs = 300 });

        var watch = System.Diagnostics.Stopwatch.StartNew();
        (await sandbox.TikTok.PostAsync("/product/202502/products/search", TikTokSandbox.ShopVn, null, ("page_size", "1"))).EnsureOk();

        Assert.True(watch.ElapsedMilliseconds >= 290, $"took {watch.ElapsedMilliseconds} ms");
    }
}
