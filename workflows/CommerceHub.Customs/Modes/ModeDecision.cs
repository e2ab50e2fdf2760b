namespace CommerceHub.Customs.Modes;

/// <summary>
/// The mode chosen for a consignment and why. For a list mode, TradeMode is the 4-digit code written into CEB603 and
/// OrderType the CEB303 order type; for <see cref="DeclarationMode.BrokerDeclaration"/> both are null and Reasons
/// says what ruled the list modes out.
/// </summary>
public sealed record ModeDecision(DeclarationMode Mode, string? TradeMode, string? OrderType, string Rule, IReadOnlyList<string> Reasons)
{
    public bool NeedsBroker => Mode == DeclarationMode.BrokerDeclaration;
}
