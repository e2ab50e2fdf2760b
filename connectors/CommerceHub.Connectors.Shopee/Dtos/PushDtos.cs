using System.Text.Json;

namespace CommerceHub.Connectors.Shopee.Dtos;

/// <summary>Every push: {"data":{…},"shop_id":…,"code":…,"timestamp":…}. Data's shape depends on the code.</summary>
internal sealed record PushEnvelopeDto(JsonElement Data, long? ShopId, int Code, long Timestamp);

/// <summary>Code 3 (order status) and 4 (tracking number) data.</summary>
internal sealed record OrderPushDataDto(string Ordersn, string? Status, long UpdateTime, string? TrackingNo);
