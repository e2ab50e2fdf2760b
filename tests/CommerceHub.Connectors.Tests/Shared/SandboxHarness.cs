using System.Net.Http.Json;
using System.Text.Json;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Sandbox.Hosting;
using CommerceHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CommerceHub.Connectors.Tests.Shared;

/// <summary>
/// What every platform's harness shares: one sandbox platform in-process on a free port (the others switched off),
/// its admin API, a shared token store (the hub's database) and any number of hub "nodes", each with its own service
/// provider and Redis connection, all following the sandbox clock.
/// </summary>
internal abstract class SandboxHarness<TNode>(SandboxHost host, RedisServer redis, string platform) : IAsyncDisposable
    where TNode : IAsyncDisposable
{
    private readonly List<TNode> nodes = [];

    public SandboxHost Host { get; } = host;

    public RedisServer Redis { get; } = redis;

    public HttpClient Admin { get; } = new() { BaseAddress = new Uri(host.BaseUrl(platform), "/__admin/"), Timeout = TimeSpan.FromSeconds(30) };

    public InMemoryShopTokenStore Store { get; } = new();

    /// <summary>Starts the sandbox with only <paramref name="name"/> enabled; <paramref name="overrides"/> win over <paramref name="settings"/>.</summary>
    protected static async Task<SandboxHost> StartSandboxAsync(string name, Dictionary<string, string?> settings, IDictionary<string, string?>? overrides)
    {
        foreach (var other in PlatformCatalog.All.Where(p => p.Name != name))
        {
            settings[$"Sandbox:Platforms:{other.Name}:Enabled"] = "false";
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var sandbox = new SandboxHost(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        await sandbox.StartAsync();
        return sandbox;
    }

    /// <summary>A hub node: its own container, Redis connection and recorded HTTP stack; shares only Redis and the token store.</summary>
    protected TNode AddNode(Dictionary<string, string?> settings, IDictionary<string, string?>? overrides,
        Action<IServiceCollection> addConnector, string httpClientName, Func<ServiceProvider, RecordingHandler, TNode> create)
    {
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var handler = new RecordingHandler();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<IConnectionMultiplexer>(_ => Redis.Connect());
        services.AddSingleton<IShopTokenStore>(Store);
        services.AddSingleton<TimeProvider>(Host.Clock);
        addConnector(services);
        services.AddHttpClient(httpClientName).AddHttpMessageHandler(() => handler);
        var node = create(services.BuildServiceProvider(), handler);
        nodes.Add(node);
        return node;
    }

    public async Task<JsonElement> PostAsync(string path, object body)
    {
        using var response = await Admin.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task PutAsync(string path, object body)
    {
        using var response = await Admin.PutAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
    }

    public Task<JsonElement> GetAsync(string path) => Admin.GetFromJsonAsync<JsonElement>(path);

    public async ValueTask DisposeAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        Admin.Dispose();
        await Host.StopAsync();
        await Host.DisposeAsync();
    }
}
