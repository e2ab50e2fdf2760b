extern alias sandbox;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.Testing;
using Microsoft.Extensions.Configuration;
using sandbox::CommerceHub.Sandbox.Hosting;
using sandbox::CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

namespace CommerceHub.HubApi.Tests.Consignments;

/// <summary>
/// The customs single-window simulator in-process on a free port (short receipt delays) and a hub on its own
/// redis-server and SQLite file, polling the simulator for receipts over HTTP. The hub can be restarted on the same
/// database and Redis.
/// </summary>
public sealed class ConsignmentsHub : IAsyncLifetime
{
    public const string DxpId = "DXPENT0000000001";

    private readonly string database = Path.Combine(Path.GetTempPath(), $"ch-consignments-{Guid.NewGuid():N}.db");

    public RedisServer Redis { get; } = new();

    public SandboxHost Sandbox { get; private set; } = null!; // Set in InitializeAsync.

    public HttpClient Window { get; private set; } = null!; // Set in InitializeAsync.

    public HubFactory Factory { get; private set; } = null!; // Set in InitializeAsync.

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Sandbox:Platforms:CustomsSingleWindow:Port"] = "0",
            ["Sandbox:Platforms:CustomsSingleWindow:Apps:0:AppId"] = DxpId,
            ["Sandbox:Platforms:CustomsSingleWindow:Apps:0:AppSecret"] = "unused",
            [$"{SingleWindowSettings.Section}:AcceptSeconds"] = "0.2",
            [$"{SingleWindowSettings.Section}:ReviewSeconds"] = "0.3",
            [$"{SingleWindowSettings.Section}:DecisionSeconds"] = "0.5",
            [$"{SingleWindowSettings.Section}:InspectionSeconds"] = "1.5",
        };
        Sandbox = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), [new CustomsSingleWindowPlatform()]);
        await Sandbox.StartAsync();
        Window = new HttpClient { BaseAddress = Sandbox.BaseUrl("CustomsSingleWindow"), Timeout = TimeSpan.FromSeconds(30) };
        StartHub();
    }

    public void StartHub()
    {
        Factory = new HubFactory(Redis.ConnectionString, DatabaseProvider.Sqlite, $"Data Source={database}", new Dictionary<string, string?>
        {
            ["Customs:SingleWindow:BaseUrl"] = Window.BaseAddress!.ToString(),
            ["Customs:SingleWindow:PollInterval"] = "00:00:00.200",
            // Short, so that the SLA test sees an escalation; elsewhere an escalation only adds a timeline line.
            ["Customs:SingleWindow:ReleaseSla"] = "00:00:03",
        });
        _ = Factory.Server;
    }

    public async Task RestartHubAsync()
    {
        await Factory.DisposeAsync();
        StartHub();
    }

    public Task<HubClient> SignInAsync(string email) => HubClient.SignInAsync(Factory.CreateClient(), email);

    /// <summary>Fixes the simulator's outcome for one list (by copNo); null clears it.</summary>
    public async Task OutcomeAsync(string copNo, string? outcome, string? reason = null)
    {
        using var response = outcome is null
            ? await Window.DeleteAsync($"/__admin/customs/outcomes/{copNo}")
            : await Window.PutAsJsonAsync($"/__admin/customs/outcomes/{copNo}", new { outcome, reason });
        Assert.True(response.IsSuccessStatusCode || (outcome is null && response.StatusCode == HttpStatusCode.NotFound));
    }

    public async Task<JsonElement> SimulatorSettingsAsync() => await Window.GetFromJsonAsync<JsonElement>("/__admin/customs/settings");

    public async Task SimulatorSettingsAsync(object settings)
    {
        using var response = await Window.PutAsJsonAsync("/__admin/customs/settings", settings);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Every receipt the simulator released so far: (type, key, status, xml).</summary>
    public async Task<IReadOnlyList<(string Type, string Key, string Status, string Xml)>> ReceiptsAsync()
    {
        var page = await Window.GetFromJsonAsync<JsonElement>("/ceb/receipts?after=0&limit=1000");
        return [.. page.GetProperty("receipts").EnumerateArray().Select(r => (r.GetProperty("messageType").GetString()!, r.GetProperty("key").GetString()!,
            r.GetProperty("status").GetString()!, r.GetProperty("xml").GetString()!))];
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Factory.DisposeAsync();
            Window.Dispose();
            await Sandbox.StopAsync();
            await Sandbox.DisposeAsync();
        }
        finally
        {
            Redis.Dispose();
            File.Delete(database);
        }
    }
}
