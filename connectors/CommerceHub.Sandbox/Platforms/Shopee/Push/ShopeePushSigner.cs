using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Webhooks;

namespace CommerceHub.Sandbox.Platforms.Shopee.Push;

/// <summary>Authorization = lowercase hex HMAC-SHA256(partner_key, callback_url + "|" + raw_body).</summary>
internal sealed class ShopeePushSigner : IWebhookSigner
{
    public void Sign(HttpRequestMessage request, SandboxApp app, string url, string body) =>
        request.Headers.TryAddWithoutValidation("Authorization", ShopeeSignature.PushSignature(app.Secret, url, body));
}
