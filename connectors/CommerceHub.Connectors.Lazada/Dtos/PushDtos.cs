using System.Text.Json;

namespace CommerceHub.Connectors.Lazada.Dtos;

/// <summary>Every push: {seller_id, message_type, data{…}, timestamp (ms), site}. Data's shape depends on message_type.</summary>
internal sealed record PushEnvelopeDto(JsonElement SellerId, int MessageType, JsonElement Data, long Timestamp, string? Site);

/// <summary>message_type 0: one order item changed status.</summary>
internal sealed record OrderPushDataDto(string? OrderStatus, long StatusUpdateTime, string TradeOrderId, string? TradeOrderLineId);
