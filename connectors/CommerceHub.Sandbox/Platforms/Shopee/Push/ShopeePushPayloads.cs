namespace CommerceHub.Sandbox.Platforms.Shopee.Push;

/// <summary>Code 3 order status push; properties in the order of Shopee's own sample so bodies look identical.</summary>
internal sealed record ShopeeOrderPush(ShopeeOrderPushData Data, long ShopId, int Code, long Timestamp);

internal sealed record ShopeeOrderPushData(IReadOnlyList<object> Items, string Ordersn, string Status, string CompletedScenario, long UpdateTime);
