using CommerceHub.Testing;
using CommerceHub.Workflows.Runtime;

namespace CommerceHub.Workflows.Tests.Support;

/// <summary>A fresh SQLite database and one inline node per test; the clock is manual so expiry is tested without waiting.</summary>
public abstract class InlineTest(RedisServer redis) : IAsyncLifetime
{
    protected Probe Probe { get; } = new();

    protected ManualClock Clock { get; } = new();

    protected WorkflowNode Node { get; private set; } = null!; // set in InitializeAsync, before any test body runs

    protected IWorkflowRuntime Runtime => Node.Runtime;

    protected virtual void Configure(WorkflowOptions options)
    {
    }

    public async Task InitializeAsync() =>
        Node = await WorkflowNode.StartAsync(NodeStore.Sqlite(redis), Probe, WorkflowExecution.Inline, server: false, Clock, Configure);

    public async Task DisposeAsync() => await Node.DisposeAsync();
}
