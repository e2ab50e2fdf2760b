using CommerceHub.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceHub.Workflows.Tests.Support;

/// <summary>Does nothing but leave a trace: a probe count and an effect row in the step's transaction.</summary>
public sealed class Touch(Probe probe) : Activity<NoInput, NoOutput>
{
    protected override ValueTask<ActivityResult> ExecuteAsync(NoInput input, ActivityContext context, CancellationToken ct)
    {
        probe.Hit(context.InstanceId, context.Step);
        context.Services.GetRequiredService<TestDbContext>().Add(new Effect
        {
            Id = Guid.NewGuid(), InstanceId = context.InstanceId, Step = context.Step, Kind = "did",
        });
        return ValueTask.FromResult(Done(NoOutput.Value));
    }
}

public sealed record Reservation(string? Reserved);

/// <summary>A step with an undo, like reserving stock or declaring a list; the undo is journaled in order.</summary>
public sealed class Reserve(Probe probe) : CompensableActivity<NoInput, Reservation>
{
    protected override ValueTask<ActivityResult> ExecuteAsync(NoInput input, ActivityContext context, CancellationToken ct)
    {
        probe.Hit(context.InstanceId, context.Step);
        return ValueTask.FromResult(Done(new Reservation(context.Step)));
    }

    protected override ValueTask CompensateAsync(NoInput input, ActivityContext context, CancellationToken ct)
    {
        probe.Journal.Enqueue($"{context.InstanceId}:undo:{context.Step}");
        return ValueTask.CompletedTask;
    }
}

/// <summary>Fails while the probe says the carrier is down; its outcome is the "outcome" variable, or done.</summary>
public sealed class Flaky(Probe probe) : Activity<NoInput, NoOutput>
{
    protected override ValueTask<ActivityResult> ExecuteAsync(NoInput input, ActivityContext context, CancellationToken ct)
    {
        probe.Hit(context.InstanceId, context.Step);
        return probe.CarrierDown
            ? throw new InvalidOperationException("carrier API unavailable")
            : ValueTask.FromResult(Done(NoOutput.Value));
    }
}

public sealed record ReceiptInput(string CopNo);

public sealed record ReceiptOutput(string ReturnStatus);

public sealed record Receipt(string ReturnStatus);

/// <summary>Waits for the customs receipt of its list and branches on the status: 120 accepted, anything else rejected.</summary>
public sealed class AwaitReceipt : Activity<ReceiptInput, ReceiptOutput>
{
    protected override ValueTask<ActivityResult> ExecuteAsync(ReceiptInput input, ActivityContext context, CancellationToken ct)
    {
        if (context.Stimulus is null)
        {
            return ValueTask.FromResult(ActivityResult.Wait("receipt", $"receipt:{input.CopNo}"));
        }

        var receipt = context.Stimulus.PayloadAs<Receipt>() ?? throw new InvalidOperationException("A receipt without a body.");
        return ValueTask.FromResult(Done(new ReceiptOutput(receipt.ReturnStatus), receipt.ReturnStatus == "120" ? "accepted" : "rejected"));
    }
}
