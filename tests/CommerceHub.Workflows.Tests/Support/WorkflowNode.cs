using CommerceHub.Testing;
using CommerceHub.Workflows.Instances;
using CommerceHub.Workflows.Runtime;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Redis.StackExchange;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CommerceHub.Workflows.Tests.Support;

/// <summary>Where a test's nodes keep their state: one database and one Redis (with a Hangfire prefix of its own).</summary>
public sealed record NodeStore(string ConnectionString, bool Postgres, RedisServer Redis, string HangfirePrefix)
{
    public static NodeStore Sqlite(RedisServer redis)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("ch-wf-").FullName, "workflows.db");
        return new NodeStore($"Data Source={path};Pooling=true", false, redis, $"wf{Guid.NewGuid():N}:");
    }

    public void Configure(DbContextOptionsBuilder db)
    {
        if (Postgres)
        {
            db.UseNpgsql(ConnectionString);
        }
        else
        {
            db.UseSqlite(ConnectionString);
        }
    }
}

/// <summary>
/// One hub node: a service provider with the runtime, a Hangfire client on the test's Redis and, when asked, a
/// Hangfire server. Storage and activator are passed explicitly so no Hangfire static state is shared between nodes.
/// </summary>
public sealed class WorkflowNode : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly ConnectionMultiplexer _redis;
    private readonly BackgroundJobServer? _server;

    private WorkflowNode(ServiceProvider services, ConnectionMultiplexer redis, BackgroundJobServer? server)
    {
        _services = services;
        _redis = redis;
        _server = server;
    }

    public IWorkflowRuntime Runtime => _services.GetRequiredService<IWorkflowRuntime>();

    public IServiceProvider Services => _services;

    public static async Task<WorkflowNode> StartAsync(NodeStore store, Probe probe, WorkflowExecution execution, bool server,
        TimeProvider? clock = null, Action<WorkflowOptions>? configure = null, int workers = 4)
    {
        var redis = store.Redis.Connect();
        var storage = new RedisStorage(redis, new RedisStorageOptions { Prefix = store.HangfirePrefix });
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(probe)
            .AddSingleton<JobStorage>(storage)
            .AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(storage))
            .AddSingleton<IRecurringJobManager>(new RecurringJobManager(storage))
            .AddDbContext<TestDbContext>(store.Configure);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddWorkflows<TestDbContext>(o =>
        {
            o.Execution = execution;
            foreach (var route in Routes.All)
            {
                o.Add(route);
            }

            configure?.Invoke(o);
        });
        var provider = services.BuildServiceProvider(validateScopes: true);
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            await db.Database.EnsureCreatedAsync();
            if (!store.Postgres)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }
        }

        var jobServer = server
            ? new BackgroundJobServer(new BackgroundJobServerOptions
            {
                // The default 15 s would also pace the timers; the hub uses 1 s as well.
                SchedulePollingInterval = TimeSpan.FromSeconds(1),
                WorkerCount = workers,
                Activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()),
                ServerName = $"test-{Guid.NewGuid():N}",
            }, storage)
            : null;
        return new WorkflowNode(provider, redis, jobServer);
    }

    public async Task<WorkflowInstance> InstanceAsync(Guid id)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TestDbContext>().Set<WorkflowInstance>().AsNoTracking().FirstAsync(i => i.Id == id);
    }

    public async Task<T> QueryAsync<T>(Func<TestDbContext, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    /// <summary>Polls the database until the condition holds (jobs run on the server's own threads).</summary>
    public async Task<WorkflowInstance> WaitForAsync(Guid id, Func<WorkflowInstance, bool> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var instance = await InstanceAsync(id);
            if (condition(instance))
            {
                return instance;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Instance {id} is still {instance.Status} ({instance.SubStatus}) at {instance.CurrentStep}.");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            _server.SendStop();
            _server.Dispose();
        }

        await _services.DisposeAsync();
        await _redis.DisposeAsync();
    }
}
