using CommerceHub.Sandbox.Core.Accounts;

namespace CommerceHub.Sandbox.Core.Webhooks;

/// <summary>Adds the platform's signature to an outgoing push; the body is signed exactly as sent.</summary>
public interface IWebhookSigner
{
    void Sign(HttpRequestMessage request, SandboxApp app, string url, string body);
}
