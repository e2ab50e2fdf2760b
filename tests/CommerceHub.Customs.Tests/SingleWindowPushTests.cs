using System.Collections.Concurrent;
using System.Net;
using CommerceHub.Customs.Messages;
using CommerceHub.Customs.Modes;
using CommerceHub.Customs.Receipts;
using CommerceHub.Customs.Tests.Support;
using CommerceHub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using static CommerceHub.Customs.Tests.Support.Sample;

namespace CommerceHub.Customs.Tests;

public sealed class SingleWindowPushTests
{
    [Fact]
    public async Task Receipts_ArePushedAsXmlToTheRegisteredUrl()
    {
        var received = new ConcurrentQueue<(string ContentType, string Body)>();
        var builder = WebApplication.CreateSlimBuilder();
        var port = FreePort.Next();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        await using var receiver = builder.Build();
        receiver.MapPost("/customs/receipts", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            received.Enqueue((request.ContentType ?? "", await reader.ReadToEndAsync()));
            return Results.Ok();
        });
        await receiver.StartAsync();

        await using var window = await SingleWindow.StartAsync();
        await window.AdminAsync(HttpMethod.Put, "/webhook", new { url = $"http://127.0.0.1:{port}/customs/receipts" });
        var parcel = Parcel();
        await SingleWindowRouteTests.SubmitListAsync(window, parcel);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (received.Count < 4 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(4, received.Count);
        Assert.All(received, r => Assert.StartsWith("application/xml", r.ContentType, StringComparison.Ordinal));
        var statuses = received.Select(r => CebMessageReader.Read(r.Body).Message!.Records.Single()).Select(r => (r.CopNo, r.Status!.Code)).ToArray();
        Assert.Equal([(parcel.CopNo, "2"), (parcel.CopNo, "120"), (parcel.CopNo, "399"), (parcel.CopNo, "800")], statuses);
        await receiver.StopAsync();
    }
}
