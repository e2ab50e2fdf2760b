using CommerceHub.Workflows.Definitions;
using CommerceHub.Workflows.Persistence;
using CommerceHub.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CommerceHub.Workflows;

public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>
    /// The workflow runtime on the host's <typeparamref name="TContext"/> (whose model calls
    /// <see cref="WorkflowModel.ApplyWorkflowModel"/>) and the host's Hangfire client (IBackgroundJobClient, IRecurringJobManager).
    /// </summary>
    public static IServiceCollection AddWorkflows<TContext>(this IServiceCollection services, Action<WorkflowOptions> configure)
        where TContext : DbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<WorkflowOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkflowOptions>, WorkflowOptionsValidator>());
        services.TryAddSingleton(sp => new WorkflowRegistry(sp.GetRequiredService<IOptions<WorkflowOptions>>().Value.Definitions));
        services.TryAddSingleton<IWorkflowDbFactory, WorkflowDbFactory<TContext>>();
        services.TryAddSingleton<StimulusMatcher>();
        services.TryAddSingleton<WorkflowDispatcher>();
        services.TryAddSingleton<WorkflowRunner>();
        services.TryAddSingleton<WorkflowRuntime>();
        services.TryAddSingleton<IWorkflowRuntime>(sp => sp.GetRequiredService<WorkflowRuntime>());
        services.TryAddTransient(sp => new WorkflowJobs(sp.GetRequiredService<WorkflowRunner>(), sp.GetRequiredService<WorkflowRuntime>()));
        services.AddHostedService<WorkflowJobsRegistrar>();
        return services;
    }
}
