using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace CommerceHub.HubApi.Infrastructure.Redis;

public static class RedisSetup
{
    /// <summary>
    /// Registers the one multiplexer of the process. Garnet must be listening before the container is built,
    /// because Hangfire's storage and the SignalR backplane connect while services are created.
    /// </summary>
    public static (IHostApplicationBuilder Builder, string ConnectionString) AddRedis(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RedisOptions.Section).Get<RedisOptions>() ?? new RedisOptions();
        var connectionString = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var garnet = new EmbeddedGarnet(options.Embedded);
            builder.Services.AddSingleton(garnet);
            connectionString = garnet.ConnectionString;
        }

        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        var multiplexer = ConnectionMultiplexer.Connect(configuration);
        builder.Services.AddSingleton<IConnectionMultiplexer>(multiplexer);
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return (builder, connectionString);
    }
}

internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"ping {latency.TotalMilliseconds:0.0} ms");
        }
        catch (RedisException exception)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", exception);
        }
    }
}
