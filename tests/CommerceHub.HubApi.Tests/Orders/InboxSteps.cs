using System.Text;
using CommerceHub.Connectors.Shopee;
using CommerceHub.HubApi.Features.Orders;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.HubApi.Tests.Orders;

/// <summary>
/// A hub whose pushes stay in the inbox until a test drains it: no drain loops and no Hangfire server (whose
/// once-a-minute drain would otherwise race the test's own passes).
/// </summary>
public sealed class ManualDrainOrdersHub : OrdersHub
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Orders:DrainLoops"] = "0",
        ["Jobs:RunServer"] = "false",
    };
}

internal static class InboxSteps
{
    public static async Task<List<PushInboxEntry>> RowsAsync(HubFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Set<PushInboxEntry>().AsNoTracking().OrderBy(p => p.Id).ToListAsync();
    }

    /// <summary>Waits until the inbox holds at least <paramref name="atLeast"/> pending rows and no new push came for half a second.</summary>
    public static async Task<List<PushInboxEntry>> SettledPendingAsync(HubFactory host, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var last = -1;
        while (true)
        {
            var pending = (await RowsAsync(host)).Where(r => r.ProcessedAt is null).ToList();
            if ((pending.Count >= atLeast && pending.Count == last) || DateTime.UtcNow > deadline)
            {
                return pending;
            }

            last = pending.Count;
            await Task.Delay(500);
        }
    }

    public static async Task<int> DrainOnceAsync(HubFactory host, int batchSize)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InboxDrain>().DrainOnceAsync(batchSize, CancellationToken.None);
    }

    /// <summary>Drain passes until the inbox has nothing pending (waiting out back-offs), or 30 s pass; returns the rows found per pass.</summary>
    public static async Task<int> DrainUntilEmptyAsync(HubFactory host, int batchSize)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var found = 0;
        while (DateTime.UtcNow < deadline)
        {
            var seen = await DrainOnceAsync(host, batchSize);
            found += seen;
            if (seen == 0)
            {
                if ((await RowsAsync(host)).All(r => r.ProcessedAt is not null))
                {
                    return found;
                }

                await Task.Delay(100);
            }
        }

        return found;
    }

    /// <summary>A Shopee order-status push signed with the app's key, as the platform sends it.</summary>
    public static async Task<HttpResponseMessage> PushAsync(OrdersHub hub, string orderSn, string status)
    {
        var url = $"http://127.0.0.1:{hub.Port}/api/webhooks/shopee";
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var body = $$"""{"data":{"items":[],"ordersn":"{{orderSn}}","status":"{{status}}","completed_scenario":"","update_time":{{now}}},"shop_id":{{OrdersHub.ShopVn}},"code":3,"timestamp":{{now}}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", ShopeeSigner.PushSignature(OrdersHub.PartnerKey, url, body));
        using var http = new HttpClient();
        return await http.SendAsync(request);
    }
}
