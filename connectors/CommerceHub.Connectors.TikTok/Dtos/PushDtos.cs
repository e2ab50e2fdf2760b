using System.Text.Json;

namespace CommerceHub.Connectors.TikTok.Dtos;

/// <summary>Every webhook: {type, tts_notification_id, shop_id, timestamp, data}; data's shape depends on the type.</summary>
internal sealed record PushEnvelopeDto(int Type, string? TtsNotificationId, string? ShopId, long Timestamp, JsonElement Data);

/// <summary>Type 1: order status change.</summary>
internal sealed record OrderPushDataDto(string OrderId, string? OrderStatus, bool IsOnHoldOrder, long UpdateTime);
