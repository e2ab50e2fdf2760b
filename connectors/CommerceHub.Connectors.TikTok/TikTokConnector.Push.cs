using System.Globalization;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok.Dtos;

namespace CommerceHub.Connectors.TikTok;

public sealed partial class TikTokConnector
{
    private const int OrderStatusType = 1;

    /// <summary>Authorization = hex HMAC-SHA256(app secret, app_key + raw body); nothing else is signed, so dedupe on tts_notification_id.</summary>
    public bool Verify(InboundPush push)
    {
        var header = push.Headers.FirstOrDefault(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value;
        var valid = TikTokSigner.VerifyPush(client.Options.AppSecret, client.Options.AppKey, push.RawBody, header);
        if (!valid)
        {
            Log.PushRejected(logger, Marketplace.TikTokShop);
        }

        return valid;
    }

    public MarketplacePush Parse(InboundPush push)
    {
        PushEnvelopeDto envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<PushEnvelopeDto>(push.RawBody, TikTokJson.Options) ?? throw new JsonException("empty push body");
        }
        catch (JsonException ex)
        {
            throw Invalid(push, ex.Message);
        }

        if (string.IsNullOrEmpty(envelope.TtsNotificationId))
        {
            throw Invalid(push, "no tts_notification_id");
        }

        var shop = string.IsNullOrEmpty(envelope.ShopId) ? null : new ShopRef(Marketplace.TikTokShop, envelope.ShopId);
        var type = envelope.Type.ToString(CultureInfo.InvariantCulture);
        var dedup = $"{envelope.ShopId}:{envelope.TtsNotificationId}";
        if (envelope.Type == OrderStatusType && envelope.Data.ValueKind == JsonValueKind.Object
            && envelope.Data.Deserialize<OrderPushDataDto>(TikTokJson.Options) is { OrderId.Length: > 0 } order)
        {
            return new MarketplacePush
            {
                Shop = shop,
                Kind = PushKind.OrderStatusChanged,
                PlatformCode = type,
                OccurredAt = DateTimeOffset.FromUnixTimeSeconds(order.UpdateTime > 0 ? order.UpdateTime : envelope.Timestamp),
                DedupKey = dedup,
                ExternalOrderId = order.OrderId,
                PlatformStatus = order.OrderStatus,
                Status = order.OrderStatus is null ? null : TikTokStatuses.ToHub(order.OrderStatus),
            };
        }

        return new MarketplacePush
        {
            Shop = shop,
            Kind = envelope.Type switch { 6 => PushKind.AuthorizationRevoked, 7 => PushKind.AuthorizationExpiring, _ => PushKind.Other },
            PlatformCode = type,
            OccurredAt = DateTimeOffset.FromUnixTimeSeconds(envelope.Timestamp),
            DedupKey = dedup,
        };
    }

    private static MarketplaceValidationException Invalid(InboundPush push, string reason) =>
        new(new MarketplaceError(Marketplace.TikTokShop, null, "push.invalid_body", null, push.RawBody), $"Not a TikTok Shop push: {reason}");
}
