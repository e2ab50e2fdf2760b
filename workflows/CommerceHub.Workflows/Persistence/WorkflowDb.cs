using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Workflows.Persistence;

/// <summary>Opens the host's DbContext in a scope of its own, so jobs, deliveries and operator calls never share one.</summary>
internal interface IWorkflowDbFactory
{
    WorkflowDbLease Open();
}

internal sealed class WorkflowDbFactory<TContext>(IServiceScopeFactory scopes) : IWorkflowDbFactory
    where TContext : DbContext
{
    public WorkflowDbLease Open()
    {
        var scope = scopes.CreateAsyncScope();
        return new WorkflowDbLease(scope, scope.ServiceProvider.GetRequiredService<TContext>());
    }
}

internal sealed class WorkflowDbLease(AsyncServiceScope scope, DbContext db) : IAsyncDisposable
{
    public DbContext Db { get; } = db;

    public IServiceProvider Services => scope.ServiceProvider;

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
