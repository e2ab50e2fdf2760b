using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Shopee;

public sealed class ShopeeFaultTests
{
    private const string ItemList = "/api/v2/product/get_item_list";

    [Fact]
    public async Task ServerErrorRate_All_Returns500WithShopeeBodyAndAdminStillWorks()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { serverErrorRate = 1.0 });

        var result = await sandbox.Shopee.GetAsync(ItemList, ShopeeSandbox.ShopVn, "page_size=1");

        Assert.Equal(HttpStatusCode.InternalServerError, result.Status);
        Assert.Equal("error_server", result.Error);
        Assert.Equal(1.0, (await sandbox.AdminAsync(HttpMethod.Get, "/faults")).GetProperty("serverErrorRate").GetDouble());
        await sandbox.AdminAsync(HttpMethod.Delete, "/faults");
        (await sandbox.Shopee.GetAsync(ItemList, ShopeeSandbox.ShopVn, "page_size=1")).EnsureOk();
    }

    [Fact]
    public async Task ServerErrorRate_Half_MixesFailuresAndSuccesses()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { serverErrorRate = 0.5 });

        var results = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => sandbox.Shopee.GetAsync(ItemList, ShopeeSandbox.ShopVn, "page_size=1")));

        var failures = results.Count(r => r.Error == "error_server");
        Assert.InRange(failures, 10, 50);
        Assert.Equal(60 - failures, results.Count(r => r.Error.Length == 0));
    }

    [Fact]
    public async Task Latency_Set_DelaysEveryCall()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { latencyMs = 300 });

        var watch = Stopwatch.StartNew();
        (await sandbox.Shopee.GetAsync(ItemList, ShopeeSandbox.ShopVn, "page_size=1")).EnsureOk();

        Assert.True(watch.ElapsedMilliseconds >= 290, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Timeout_Set_ClientTimesOut()
    {
        await using var sandbox = await ShopeeSandbox.StartAsync();
        await sandbox.Shopee.AuthorizeAsync(ShopeeSandbox.ShopVn);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { timeoutRate = 1.0, hangMs = 10_000 });
        using var impatient = new HttpClient { BaseAddress = sandbox.Host.BaseUrl("Shopee"), Timeout = TimeSpan.FromMilliseconds(400) };

        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetAsync(sandbox.Shopee.ShopUrl(ItemList, ShopeeSandbox.ShopVn, "page_size=1")));
    }

    [Fact]
    public async Task WebhookDrop_All_NothingDeliveredAndMessageIsLost()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await ShopeeWebhookTests.StartWithReceiverAsync(receiver);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { webhookDropRate = 1.0 });

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600001", count = 2 });
        await receiver.WaitForAsync(1, timeoutMs: 400);

        Assert.Equal(0, receiver.Attempts);
        var lost = (await sandbox.Shopee.PublicGetAsync("/api/v2/push/get_lost_push_message")).EnsureOk().Response;
        Assert.Equal(2, lost.GetProperty("push_message_list").GetArrayLength());
    }

    [Fact]
    public async Task WebhookDuplicate_All_ReceiverGetsSameSignedBodyTwice()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await ShopeeWebhookTests.StartWithReceiverAsync(receiver);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { webhookDuplicateRate = 1.0 });

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600001", count = 1 });
        var received = await receiver.WaitForAsync(2);

        Assert.Equal(2, received.Count);
        Assert.Equal(received[0], received[1]);
    }

    [Fact]
    public async Task WebhookOutOfOrder_On_LaterStatusArrivesFirst()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await ShopeeWebhookTests.StartWithReceiverAsync(receiver);
        var order = (await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = "600001", count = 1 })).GetProperty("orderIds")[0].GetString();
        await receiver.WaitForAsync(1);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { webhookOutOfOrder = true });

        await sandbox.AdminAsync(HttpMethod.Post, $"/orders/{order}/status", new { shopId = "600001", status = "PROCESSED" });
        var received = await receiver.WaitForAsync(3);

        var statuses = received.Select(p => JsonDocument.Parse(p.Body).RootElement.GetProperty("data").GetProperty("status").GetString()).ToList();
        Assert.Equal(["UNPAID", "PROCESSED", "READY_TO_SHIP"], statuses);
    }
}
