using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Shopee.Dtos;

namespace CommerceHub.Connectors.Shopee;

public sealed partial class ShopeeConnector
{
    private const int OrderStatusCode = 3;
    private const int TrackingCode = 4;

    /// <summary>Authorization = hex HMAC-SHA256(partner key, callback URL + "|" + raw body), over the URL exactly as registered.</summary>
    public bool Verify(InboundPush push)
    {
        var header = push.Headers.FirstOrDefault(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value;
        var valid = ShopeeSigner.VerifyPush(client.Options.PartnerKey, push.CallbackUrl.OriginalString, push.RawBody, header);
        if (!valid)
        {
            Log.PushRejected(logger, Marketplace.Shopee);
        }

        return valid;
    }

    public MarketplacePush Parse(InboundPush push)
    {
        PushEnvelopeDto envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<PushEnvelopeDto>(push.RawBody, ShopeeJson.Options)
                ?? throw new JsonException("empty push body");
        }
        catch (JsonException ex)
        {
            throw new MarketplaceValidationException(
                new MarketplaceError(Marketplace.Shopee, null, "push.invalid_body", null, push.RawBody), $"Not a Shopee push: {ex.Message}");
        }

        var shop = envelope.ShopId is { } id ? new ShopRef(Marketplace.Shopee, Text(id)) : null;
        var code = envelope.Code.ToString(CultureInfo.InvariantCulture);
        if (envelope.Code is OrderStatusCode or TrackingCode && envelope.Data.ValueKind == JsonValueKind.Object
            && envelope.Data.Deserialize<OrderPushDataDto>(ShopeeJson.Options) is { Ordersn.Length: > 0 } order)
        {
            var occurred = order.UpdateTime > 0 ? order.UpdateTime : envelope.Timestamp;
            return new MarketplacePush
            {
                Shop = shop,
                Kind = envelope.Code == OrderStatusCode ? PushKind.OrderStatusChanged : PushKind.TrackingNumberAssigned,
                PlatformCode = code,
                OccurredAt = DateTimeOffset.FromUnixTimeSeconds(occurred),
                DedupKey = $"{code}:{envelope.ShopId}:{order.Ordersn}:{order.Status ?? order.TrackingNo}:{occurred}",
                ExternalOrderId = order.Ordersn,
                PlatformStatus = order.Status,
                Status = order.Status is null ? null : ShopeeStatuses.ToHub(order.Status),
            };
        }

        return new MarketplacePush
        {
            Shop = shop,
            Kind = envelope.Code switch
            {
                1 => PushKind.ShopAuthorized,
                2 => PushKind.AuthorizationRevoked,
                12 => PushKind.AuthorizationExpiring,
                _ => PushKind.Other,
            },
            PlatformCode = code,
            OccurredAt = DateTimeOffset.FromUnixTimeSeconds(envelope.Timestamp),
            DedupKey = $"{code}:{envelope.ShopId}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(push.RawBody)))[..32]}",
        };
    }
}
