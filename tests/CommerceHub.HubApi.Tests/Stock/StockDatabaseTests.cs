using System.Text.Json;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.Persistence;
using CommerceHub.Testing;

namespace CommerceHub.HubApi.Tests.Stock;

/// <summary>The EF journal, snapshot and reconciliation on both stores: SQLite (the shared hub) and PostgreSQL.</summary>
[Collection(HubCollection.Name)]
public sealed class StockDatabaseTests(HubFixture sqlite, PostgresHubFixture postgres) : IClassFixture<PostgresHubFixture>
{
    public static TheoryData<string> Stores => new() { "sqlite", "postgres" };

    private async Task<(HubClient Admin, RedisServer Redis)> SignInAsync(string store) => store == "postgres"
        ? (await HubClient.SignInAsync(postgres.Factory.CreateClient(), HubClient.Admin()), postgres.Redis)
        : (await sqlite.SignInAsync(HubClient.Admin()), sqlite.Redis);

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Journal_AfterPartialCommitAndLostRedis_RebuildsAndReconcilesClean(string store)
    {
        var (admin, redis) = await SignInAsync(store);
        var sku = await StockSteps.NewSkuAsync(admin);
        await StockSteps.ReceiveAsync(admin, sku, 30);
        await StockSteps.ReceiveAsync(admin, sku, 5, "HKO");
        var id = "flash-" + Guid.NewGuid().ToString("N");
        await StockSteps.ReserveAsync(admin, id, sku, 12);
        await HubClient.EnsureAsync(await admin.PostAsync($"/api/stock/reservations/{id}/commit",
            new { lines = new[] { new { sku, quantity = 2 } }, idempotencyKey = "order-1" }), System.Net.HttpStatusCode.OK);
        await LedgerSteps.WaitForJournalAsync(redis);

        await LedgerSteps.LoseLedgerAsync(redis);

        Assert.Equal((33L, 10L, 23L), await StockSteps.LevelsAsync(admin, sku));
        var reservation = await admin.GetAsync<JsonElement>($"/api/stock/reservations/{id}");
        Assert.Equal(10, reservation.GetProperty("lines")[0].GetProperty("remaining").GetInt64());
        await HubClient.EnsureAsync(await admin.PostAsync("/api/stock/reconciliations", new { }), System.Net.HttpStatusCode.OK);
        var latest = await admin.GetAsync<JsonElement>("/api/stock/reconciliations/latest");
        Assert.Equal("Clean", latest.GetProperty("status").GetString());
    }
}
