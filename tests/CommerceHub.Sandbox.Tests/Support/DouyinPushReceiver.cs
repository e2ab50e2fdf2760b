using Microsoft.AspNetCore.Http;

namespace CommerceHub.Sandbox.Tests.Support;

internal sealed record DouyinReceived(string EventSign, string AppId, string Body);

/// <summary>Records Douyin pushes with their event-sign and app-id headers.</summary>
internal sealed class DouyinPushReceiver(int failFirst) : PushReceiver<DouyinReceived>(failFirst)
{
    public static Task<DouyinPushReceiver> StartAsync(int failFirst = 0) => StartAsync(new DouyinPushReceiver(failFirst), "/douyin/push");

    protected override DouyinReceived Record(HttpRequest request, string body) =>
        new(request.Headers["event-sign"].ToString(), request.Headers["app-id"].ToString(), body);
}
