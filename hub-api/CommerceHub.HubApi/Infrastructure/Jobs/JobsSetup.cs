using Hangfire;
using Hangfire.Dashboard;
using Hangfire.Redis.StackExchange;
using StackExchange.Redis;

namespace CommerceHub.HubApi.Infrastructure.Jobs;

public static class JobsSetup
{
    /// <summary>Hangfire on the hub's Redis: every hub node is a Hangfire server, so jobs spread across nodes.</summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        builder.Services.AddHangfire((services, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseRedisStorage(services.GetRequiredService<IConnectionMultiplexer>(),
                new RedisStorageOptions { Prefix = "ch:hangfire:" }));
        if (options.RunServer)
        {
            builder.Services.AddHangfireServer(server =>
            {
                // The default 15 s also paces delayed jobs and retries; stock expiry and imports need about 1 s.
                server.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                server.WorkerCount = options.WorkerCount;
                server.Queues = ["critical", "default", "imports"];
            });
        }

        return builder;
    }

    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new OperatorOnlyFilter()],
            DashboardTitle = "CommerceHub jobs",
        });
        return app;
    }

    private sealed class OperatorOnlyFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User.IsInRole(Auth.HubRole.Operator.ToString());
    }
}

public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>False on nodes that only serve HTTP; true (default) makes the node process jobs too.</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = Math.Max(4, Environment.ProcessorCount * 2);
}
