namespace CommerceHub.Connectors.Douyin.Dtos;

/// <summary>One message of a push body (a JSON array); data is itself a JSON string.</summary>
internal sealed record PushMessageDto(string Tag, string MsgId, string Data);

internal sealed record OrderPushDataDto(long PId, long ShopId, int OrderStatus, long UpdateTime);
