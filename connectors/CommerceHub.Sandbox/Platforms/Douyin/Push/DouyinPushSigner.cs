using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Webhooks;

namespace CommerceHub.Sandbox.Platforms.Douyin.Push;

/// <summary>event-sign = md5(app_key + raw body + app_secret); app-id and sign-method name the app and the hash.</summary>
internal sealed class DouyinPushSigner : IWebhookSigner
{
    public void Sign(HttpRequestMessage request, SandboxApp app, string url, string body)
    {
        request.Headers.TryAddWithoutValidation("event-sign", DouyinSignature.PushSign(app.AppId, app.Secret, body));
        request.Headers.TryAddWithoutValidation("app-id", app.AppId);
        request.Headers.TryAddWithoutValidation("sign-method", "MD5");
    }
}
