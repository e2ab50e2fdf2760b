using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Webhooks;

namespace CommerceHub.Sandbox.Platforms.Lazada.Push;

/// <summary>Order message (message_type 0), properties in the order of Lazada's sample so bodies look identical.</summary>
internal sealed record LazadaOrderPush(string SellerId, int MessageType, LazadaOrderPushData Data, long Timestamp, string Site);

internal sealed record LazadaOrderPushData(string OrderStatus, long StatusUpdateTime, string TradeOrderId, string TradeOrderLineId);

/// <summary>Authorization = hex HMAC-SHA256(app_secret, app_key + raw body).</summary>
internal sealed class LazadaPushSigner : IWebhookSigner
{
    public void Sign(HttpRequestMessage request, SandboxApp app, string url, string body) =>
        request.Headers.TryAddWithoutValidation("Authorization", LazadaSignature.PushSignature(app.Secret, app.AppId, body));
}
