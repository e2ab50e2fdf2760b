using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Contracts.Orders;

namespace CommerceHub.LiveConsole.Tests.Infrastructure;

/// <summary>Contract messages for component tests, built the way the hub sends them.</summary>
public static class Samples
{
    public static readonly Guid SessionId = Guid.Parse("0195f000-0000-7000-8000-000000000001");
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static LineupItem Item(string sku, decimal livePrice = 99_000m, int position = 0) =>
        new(sku, new Dictionary<string, string> { ["zh-CN"] = $"商品 {sku}", ["en"] = $"Product {sku}", ["vi"] = $"Sản phẩm {sku}" },
            null, 25m, livePrice, position);

    public static LiveSessionView Session(params LineupItem[] lineup) =>
        new(SessionId, Guid.NewGuid(), "Evening stream", LiveSessionStatus.Live, "VND", Start, Start, null,
            [new LiveChannel("tiktok-live", "TikTok LIVE", "tiktok"), new LiveChannel("shopee-live", "Shopee Live", "shopee")],
            lineup, null);

    public static LiveStock Stock(string sku, long available, long? flashSaleRemaining = null, int second = 0) =>
        new(SessionId, sku, available + (flashSaleRemaining ?? 0), flashSaleRemaining ?? 0, available, flashSaleRemaining, Start.AddSeconds(second));

    public static LiveCounters Counters(long unitsSold, params SkuCounter[] products) =>
        new(SessionId, unitsSold, unitsSold, 0, [new MoneyAmount("VND", 1_250_000m), new MoneyAmount("THB", 420.5m)], 512.75m, products, Start.AddMinutes(1));

    public static LiveOrderTick Tick(string platformOrderId, string channel, string sku, int quantity, int second,
        OrderEventKind kind = OrderEventKind.Imported) =>
        new(SessionId, Guid.NewGuid(), kind, channel, channel.Split('-')[0], platformOrderId, "VND", 99_000m * quantity, 27.5m * quantity,
            [new OrderEventLine(sku, quantity, 99_000m)], Start.AddSeconds(second));

    public static LiveSessionState State(LiveSessionView session, params LiveStock[] stock) =>
        new(session, stock, Counters(0), null, []);
}
