namespace CommerceHub.Sandbox.Core.Orders;

/// <summary>
/// Burst: every order at once, many in parallel (a flash sale). Rate: <see cref="PerSecond"/> orders a second.
/// AdvanceTo walks each new order along the platform's status flow, waiting StepDelayMs between steps.
/// </summary>
public sealed record OrderScenarioRequest(
    string ShopId,
    int Count = 10,
    double? PerSecond = null,
    int Quantity = 1,
    string? ItemId = null,
    string? AdvanceTo = null,
    int StepDelayMs = 0);

public sealed record ScenarioReport(string Id, string ShopId, bool Finished, int Requested, int Created, int SoldOut, IReadOnlyList<string> OrderIds);
