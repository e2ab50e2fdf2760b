using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Lazada.Dtos;

namespace CommerceHub.Connectors.Lazada;

public sealed partial class LazadaConnector
{
    private const int OrderMessage = 0;

    /// <summary>Authorization = hex HMAC-SHA256(app secret, app key + raw body); the callback URL is not signed.</summary>
    public bool Verify(InboundPush push)
    {
        var header = push.Headers.FirstOrDefault(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value;
        var valid = LazadaSigner.VerifyPush(Options.AppSecret, Options.AppKey, push.RawBody, header);
        if (!valid)
        {
            Log.PushRejected(logger, Marketplace.Lazada);
        }

        return valid;
    }

    /// <summary>
    /// message_type 0 is one order item's status change: the dedup key names the item line and its status, and the
    /// status time orders pushes for <see cref="Runtime.PushGate"/>.
    /// </summary>
    public MarketplacePush Parse(InboundPush push)
    {
        PushEnvelopeDto envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<PushEnvelopeDto>(push.RawBody, LazadaJson.Options)
                ?? throw new JsonException("empty push body");
        }
        catch (JsonException ex)
        {
            throw new MarketplaceValidationException(
                new MarketplaceError(Marketplace.Lazada, null, "push.invalid_body", null, push.RawBody), $"Not a Lazada push: {ex.Message}");
        }

        var seller = envelope.SellerId.ValueKind switch
        {
            JsonValueKind.String => envelope.SellerId.GetString(),
            JsonValueKind.Number => envelope.SellerId.GetRawText(),
            _ => null,
        };
        var shop = string.IsNullOrEmpty(seller) ? null : new ShopRef(Marketplace.Lazada, seller);
        var code = envelope.MessageType.ToString(CultureInfo.InvariantCulture);
        if (envelope.MessageType == OrderMessage && envelope.Data.ValueKind == JsonValueKind.Object
            && envelope.Data.Deserialize<OrderPushDataDto>(LazadaJson.Options) is { TradeOrderId.Length: > 0 } order)
        {
            var occurred = order.StatusUpdateTime > 0 ? DateTimeOffset.FromUnixTimeSeconds(order.StatusUpdateTime) : DateTimeOffset.FromUnixTimeMilliseconds(envelope.Timestamp);
            return new MarketplacePush
            {
                Shop = shop,
                Kind = PushKind.OrderStatusChanged,
                PlatformCode = code,
                OccurredAt = occurred,
                DedupKey = $"{code}:{seller}:{order.TradeOrderId}:{order.TradeOrderLineId}:{order.OrderStatus}:{order.StatusUpdateTime}",
                ExternalOrderId = order.TradeOrderId,
                PlatformStatus = order.OrderStatus,
                Status = order.OrderStatus is null ? null : LazadaStatuses.ToHub(order.OrderStatus),
            };
        }

        return new MarketplacePush
        {
            Shop = shop,
            Kind = envelope.MessageType == 8 ? PushKind.AuthorizationExpiring : PushKind.Other,
            PlatformCode = code,
            OccurredAt = DateTimeOffset.FromUnixTimeMilliseconds(envelope.Timestamp),
            DedupKey = $"{code}:{seller}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(push.RawBody)))[..32]}",
        };
    }
}
