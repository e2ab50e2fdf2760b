using Microsoft.AspNetCore.Http;

namespace CommerceHub.Sandbox.Tests.Support;

internal sealed record ReceivedPush(string Authorization, string Body);

/// <summary>Records pushes signed in the Authorization header (Shopee, Lazada, TikTok Shop).</summary>
internal sealed class WebhookReceiver(int failFirst) : PushReceiver<ReceivedPush>(failFirst)
{
    public static Task<WebhookReceiver> StartAsync(int failFirst = 0) => StartAsync(new WebhookReceiver(failFirst), "/shopee/push");

    protected override ReceivedPush Record(HttpRequest request, string body) => new(request.Headers.Authorization.ToString(), body);
}
