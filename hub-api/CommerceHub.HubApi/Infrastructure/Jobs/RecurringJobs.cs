using Hangfire;

namespace CommerceHub.HubApi.Infrastructure.Jobs;

/// <summary>A feature's recurring jobs; every node registers them at start-up, which AddOrUpdate makes harmless.</summary>
public interface IRecurringJobs
{
    void Register(IRecurringJobManager jobs);
}

internal sealed class RecurringJobsRegistrar(IEnumerable<IRecurringJobs> features, IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var feature in features)
        {
            feature.Register(jobs);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class RecurringJobsSetup
{
    public static IServiceCollection AddRecurringJobs<T>(this IServiceCollection services)
        where T : class, IRecurringJobs
    {
        services.AddSingleton<IRecurringJobs, T>();
        if (!services.Any(d => d.ImplementationType == typeof(RecurringJobsRegistrar)))
        {
            services.AddHostedService<RecurringJobsRegistrar>();
        }

        return services;
    }
}
