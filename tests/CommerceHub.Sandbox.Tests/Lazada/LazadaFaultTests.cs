using System.Net;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Lazada;

public sealed class LazadaFaultTests
{
    [Fact]
    public async Task ServerErrorRate_All_Returns500WithSystemErrorBody()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { serverErrorRate = 1.0 });

        var result = await sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerVn);

        Assert.Equal(HttpStatusCode.InternalServerError, result.Status);
        Assert.Equal("SYSTEM", result.Type);
        await sandbox.AdminAsync(HttpMethod.Delete, "/faults");
        (await sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerVn)).EnsureOk();
    }

    [Fact]
    public async Task Timeout_Set_ClientTimesOut()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { timeoutRate = 1.0, hangMs = 10_000 });
        using var impatient = new HttpClient { BaseAddress = sandbox.Host.BaseUrl("Lazada"), Timeout = TimeSpan.FromMilliseconds(400) };
        var url = LazadaTestClient.Url("/products/get", sandbox.Lazada.Signed("/products/get", LazadaSandbox.SellerVn, []));

        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetAsync(url));
    }

    [Fact]
    public async Task WebhookDuplicate_All_ReceiverGetsSameSignedBodyTwice()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await LazadaWebhookTests.StartWithReceiverAsync(receiver);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { webhookDuplicateRate = 1.0 });

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = LazadaSandbox.SellerVn, count = 1 });
        var received = await receiver.WaitForAsync(2);

        Assert.Equal(2, received.Count);
        Assert.Equal(received[0], received[1]);
    }

    [Fact]
    public async Task WebhookDrop_All_NothingDelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await LazadaWebhookTests.StartWithReceiverAsync(receiver);
        await sandbox.AdminAsync(HttpMethod.Put, "/faults", new { webhookDropRate = 1.0 });

        await sandbox.AdminAsync(HttpMethod.Post, "/scenarios/orders", new { shopId = LazadaSandbox.SellerVn, count = 2 });
        await receiver.WaitForAsync(1, timeoutMs: 400);

        Assert.Equal(0, receiver.Attempts);
        Assert.All((await sandbox.AdminAsync(HttpMethod.Get, "/pushes")).EnumerateArray(), p => Assert.Equal("Dropped", p.GetProperty("state").GetString()));
    }
}
