using System.Globalization;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Douyin.Dtos;

namespace CommerceHub.Connectors.Douyin;

public sealed partial class DouyinConnector
{
    /// <summary>event-sign = md5(app_key + raw body + app_secret); nothing else is signed, so dedupe on msg_id.</summary>
    public bool Verify(InboundPush push)
    {
        var header = push.Headers.FirstOrDefault(h => string.Equals(h.Key, "event-sign", StringComparison.OrdinalIgnoreCase)).Value;
        var valid = DouyinSigner.VerifyPush(client.Options.AppKey, client.Options.AppSecret, push.RawBody, header);
        if (!valid)
        {
            Log.PushRejected(logger, Marketplace.Douyin);
        }

        return valid;
    }

    /// <summary>A push body is an array of messages; the hub's receiver takes one push, so a body with several is refused here (use <see cref="ParseAll"/>).</summary>
    public MarketplacePush Parse(InboundPush push) =>
        ParseAll(push) is [var single] ? single : throw Invalid(push, "the body holds several messages; read it with ParseAll");

    /// <summary>Every message of a verified push body, in the order sent.</summary>
    public static IReadOnlyList<MarketplacePush> ParseAll(InboundPush push)
    {
        List<PushMessageDto>? messages;
        try
        {
            messages = JsonSerializer.Deserialize<List<PushMessageDto>>(push.RawBody, DouyinJson.Options);
        }
        catch (JsonException ex)
        {
            throw Invalid(push, ex.Message);
        }

        if (messages is not { Count: > 0 } || messages.Any(m => string.IsNullOrEmpty(m.MsgId)))
        {
            throw Invalid(push, "no messages, or a message without msg_id");
        }

        return [.. messages.Select(m => Message(push, m))];
    }

    private static MarketplacePush Message(InboundPush push, PushMessageDto message)
    {
        OrderPushDataDto? data;
        try
        {
            data = string.IsNullOrEmpty(message.Data) ? null : JsonSerializer.Deserialize<OrderPushDataDto>(message.Data, DouyinJson.Options);
        }
        catch (JsonException ex)
        {
            throw Invalid(push, ex.Message);
        }

        var shop = data is { ShopId: > 0 } ? new ShopRef(Marketplace.Douyin, data.ShopId.ToString(CultureInfo.InvariantCulture)) : null;
        if (DouyinAssumptions.OrderPushTags.Contains(message.Tag) && data is { PId: > 0 })
        {
            return new MarketplacePush
            {
                Shop = shop,
                Kind = PushKind.OrderStatusChanged,
                PlatformCode = message.Tag,
                OccurredAt = DateTimeOffset.FromUnixTimeSeconds(data.UpdateTime),
                DedupKey = message.MsgId,
                ExternalOrderId = data.PId.ToString(CultureInfo.InvariantCulture),
                PlatformStatus = data.OrderStatus.ToString(CultureInfo.InvariantCulture),
                Status = DouyinStatuses.ToHub(data.OrderStatus),
            };
        }

        return new MarketplacePush
        {
            Shop = shop,
            Kind = PushKind.Other,
            PlatformCode = message.Tag,
            OccurredAt = data is { UpdateTime: > 0 } ? DateTimeOffset.FromUnixTimeSeconds(data.UpdateTime) : DateTimeOffset.UnixEpoch,
            DedupKey = message.MsgId,
        };
    }

    private static MarketplaceValidationException Invalid(InboundPush push, string reason) =>
        new(new MarketplaceError(Marketplace.Douyin, null, "push.invalid_body", null, push.RawBody), $"Not a Douyin Shop push: {reason}");
}
