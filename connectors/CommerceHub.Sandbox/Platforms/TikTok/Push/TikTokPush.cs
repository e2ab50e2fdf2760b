using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Webhooks;

namespace CommerceHub.Sandbox.Platforms.TikTok.Push;

/// <summary>Webhook envelope {type, tts_notification_id, shop_id, timestamp, data}; type 1 is an order status change.</summary>
internal sealed record TikTokPush(int Type, string TtsNotificationId, string ShopId, long Timestamp, TikTokOrderPushData Data);

internal sealed record TikTokOrderPushData(string OrderId, string OrderStatus, bool IsOnHoldOrder, long UpdateTime);

/// <summary>Authorization = lowercase hex HMAC-SHA256(app_secret, app_key + raw body), as community clients verify it.</summary>
internal sealed class TikTokPushSigner : IWebhookSigner
{
    public void Sign(HttpRequestMessage request, SandboxApp app, string url, string body) =>
        request.Headers.TryAddWithoutValidation("Authorization", TikTokSignature.PushSignature(app.Secret, app.AppId, body));
}
