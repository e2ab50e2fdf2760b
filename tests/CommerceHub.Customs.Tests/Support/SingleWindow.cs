using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CommerceHub.Customs.Messages;
using CommerceHub.Customs.Receipts;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Sandbox.Platforms.CustomsSingleWindow;
using Microsoft.Extensions.Configuration;

namespace CommerceHub.Customs.Tests.Support;

/// <summary>The customs single-window simulator, in-process on a free port, with a small client for messages, receipts and admin calls.</summary>
internal sealed class SingleWindow : IAsyncDisposable
{
    private SingleWindow(SandboxHost host, HttpClient http)
    {
        Host = host;
        Http = http;
    }

    public SandboxHost Host { get; }

    public HttpClient Http { get; }

    public Uri BaseUrl => Host.BaseUrl("CustomsSingleWindow");

    /// <summary>Starts with no delays and every list released, unless the test passes its own simulator settings.</summary>
    public static async Task<SingleWindow> StartAsync(IDictionary<string, string?>? simulator = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:CustomsSingleWindow:Port"] = "0",
            ["Sandbox:Platforms:CustomsSingleWindow:Apps:0:AppId"] = Sample.Sender.DxpId,
            ["Sandbox:Platforms:CustomsSingleWindow:Apps:0:AppSecret"] = "unused",
            ["Sandbox:Platforms:CustomsSingleWindow:Webhooks:FirstRetryDelayMs"] = "100",
            [$"{SingleWindowSettings.Section}:AcceptSeconds"] = "0",
            [$"{SingleWindowSettings.Section}:ReviewSeconds"] = "0",
            [$"{SingleWindowSettings.Section}:DecisionSeconds"] = "0",
            [$"{SingleWindowSettings.Section}:InspectionSeconds"] = "0",
        };
        foreach (var (key, value) in simulator ?? new Dictionary<string, string?>())
        {
            settings[$"{SingleWindowSettings.Section}:{key}"] = value;
        }

        var host = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), [new CustomsSingleWindowPlatform()]);
        await host.StartAsync();
        return new SingleWindow(host, new HttpClient { BaseAddress = host.BaseUrl("CustomsSingleWindow"), Timeout = TimeSpan.FromSeconds(20) });
    }

    public static async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient http, string xml)
    {
        using var content = new StringContent(xml, Encoding.UTF8, "application/xml");
        using var response = await http.PostAsync(new Uri("/ceb/messages", UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public Task<(HttpStatusCode Status, string Body)> PostAsync(string xml) => PostAsync(Http, xml);

    /// <summary>Sends a message the simulator must accept; returns the JSON answer.</summary>
    public async Task<JsonElement> SubmitAsync(CebDocument message)
    {
        var (status, body) = await PostAsync(message.ToXmlText());
        Assert.True(status == HttpStatusCode.OK, $"{message.MessageType} refused: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<IReadOnlyList<(string Type, string Status, CebMessage Message)>> ReceiptsAsync()
    {
        var page = await Http.GetFromJsonAsync<JsonElement>(new Uri("/ceb/receipts?limit=1000", UriKind.Relative));
        return [.. page.GetProperty("receipts").EnumerateArray().Select(r =>
        {
            var read = CebMessageReader.Read(r.GetProperty("xml").GetString());
            Assert.True(read.Success, read.Error);
            Assert.True(read.Message!.MessageType == "CEB900" || read.Message.Quirks.Count == 0, string.Join("; ", read.Message.Quirks));
            return (r.GetProperty("messageType").GetString()!, r.GetProperty("status").GetString()!, read.Message);
        })];
    }

    /// <summary>Statuses received so far for one business key (copNo, orderNo, …) of one receipt type, in delivery order.</summary>
    public async Task<string[]> StatusesAsync(string type, string key) =>
        [.. (await ReceiptsAsync()).Where(r => r.Type == type && KeyOf(r.Message) == key).Select(r => r.Status)];

    /// <summary>Polls until the key's receipts end with <paramref name="status"/>; the clock is moved by the test, not waited for.</summary>
    public async Task<string[]> WaitForAsync(string type, string key, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var statuses = await StatusesAsync(type, key);
            if (statuses.Contains(status) || DateTime.UtcNow > deadline)
            {
                Assert.Contains(status, statuses);
                return statuses;
            }

            await Task.Delay(50);
        }
    }

    public async Task AdminAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, "/__admin" + path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public Task AdvanceAsync(double seconds) => AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds });

    public Task SetOutcomeAsync(string key, string outcome, string? reason = null, string? detentionCode = null) =>
        AdminAsync(HttpMethod.Put, "/customs/outcomes/" + key, new { outcome, reason, detentionCode });

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.StopAsync();
        await Host.DisposeAsync();
    }

    private static string? KeyOf(CebMessage message)
    {
        var record = message.Records[0];
        return message.MessageType switch
        {
            "CEB304" => record.OrderNo,
            "CEB506" => record.LogisticsNo,
            "CEB214" => record.ReturnNo,
            "CEB900" => record.Guid,
            _ => record.CopNo,
        };
    }

    public static string Serial(int i) => i.ToString("D5", CultureInfo.InvariantCulture);
}
