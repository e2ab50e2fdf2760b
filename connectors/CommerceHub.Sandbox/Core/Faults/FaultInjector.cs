namespace CommerceHub.Sandbox.Core.Faults;

/// <summary>Holds the platform's current faults; swapped whole so readers never see half an update.</summary>
public sealed class FaultInjector
{
    private FaultSettings current = new();

    public FaultSettings Current => Volatile.Read(ref current);

    public void Set(FaultSettings settings) => Volatile.Write(ref current, settings);

    public static bool Roll(double rate) => rate > 0 && (rate >= 1 || Random.Shared.NextDouble() < rate);
}

/// <summary>The platform's own body for an injected server error (each platform has its own error envelope).</summary>
public interface IFaultResponses
{
    IResult ServerError();
}
