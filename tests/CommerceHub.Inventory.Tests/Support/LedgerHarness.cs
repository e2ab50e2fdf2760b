using CommerceHub.Inventory.Allocation;
using CommerceHub.Inventory.Journal;
using CommerceHub.Inventory.Ledger;
using CommerceHub.Inventory.Rebuild;
using CommerceHub.Inventory.Reconciliation;
using CommerceHub.Testing;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CommerceHub.Inventory.Tests.Support;

/// <summary>The inventory services over their own Redis connection, without the hosted services running.</summary>
public sealed class LedgerHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private LedgerHarness(ConnectionMultiplexer redis, Guid merchantId, InMemoryLedger journal, ManualTime time)
    {
        MerchantId = merchantId;
        Journal = journal;
        Time = time;
        Redis = redis;
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<IConnectionMultiplexer>(Redis)
            .AddSingleton<ILedgerJournal>(journal)
            .AddSingleton<ILedgerSnapshotSource>(journal)
            .AddSingleton<IAllocationRuleSource>(journal);
        services.AddInventory(o => o.LowStockThreshold = 3);
        _services = services.BuildServiceProvider();
    }

    public Guid MerchantId { get; }

    public InMemoryLedger Journal { get; }

    public ManualTime Time { get; }

    public ConnectionMultiplexer Redis { get; }

    public StockLedger Ledger => _services.GetRequiredService<StockLedger>();

    public LedgerLoader Loader => _services.GetRequiredService<LedgerLoader>();

    public OutboxDrainer Drainer => _services.GetRequiredService<OutboxDrainer>();

    public LedgerReconciler Reconciler => _services.GetRequiredService<LedgerReconciler>();

    public ChannelQuantities ChannelQuantities => _services.GetRequiredService<ChannelQuantities>();

    public static Task<LedgerHarness> StartAsync(RedisServer server, Guid? merchantId = null,
        InMemoryLedger? journal = null, ManualTime? time = null) => StartAsync(server.Connect(), merchantId, journal, time);

    public static Task<LedgerHarness> StartAsync(GarnetFixture garnet, Guid? merchantId = null, InMemoryLedger? journal = null) =>
        StartAsync(ConnectionMultiplexer.Connect(garnet.ConnectionString), merchantId, journal, null);

    private static async Task<LedgerHarness> StartAsync(ConnectionMultiplexer redis, Guid? merchantId,
        InMemoryLedger? journal, ManualTime? time)
    {
        var harness = new LedgerHarness(redis, merchantId ?? Guid.NewGuid(), journal ?? new InMemoryLedger(), time ?? new ManualTime());
        await harness.Loader.EnsureLoadedAsync(CancellationToken.None);
        return harness;
    }

    public Task<AdjustResult> ReceiveAsync(string sku, string warehouse, long quantity) =>
        Ledger.ReceiveAsync(MerchantId, "rcv-" + Guid.NewGuid().ToString("N"), [new StockAdjustment(sku, warehouse, quantity)]);

    public Task<ReservationResult> ReserveAsync(string id, params ReservationLine[] lines) =>
        Ledger.ReserveAsync(new ReservationRequest(MerchantId, id, lines));

    public static ReservationLine Line(string sku, long quantity, params string[] warehouses) => new(sku, quantity, warehouses);

    public async Task<WarehouseStock> StockAsync(string sku, string warehouse) =>
        (await Ledger.GetAsync(MerchantId, sku)).Warehouses.Single(w => w.Warehouse == warehouse);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
