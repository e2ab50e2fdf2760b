using CommerceHub.Customs.Consignments;

namespace CommerceHub.Customs.Modes;

/// <summary>One requirement of a mode: the sentence staff read, and the check that returns why a consignment fails it.</summary>
public sealed record ModeRequirement(string Text, Func<Consignment, string?> Failure);

/// <summary>
/// One row of the rule table: when the mode is considered (its channel) and what a consignment must meet to use it.
/// OrderType is the CEB303 orderType the mode's order is sent with.
/// </summary>
public sealed record ModeRule(
    DeclarationMode Mode,
    string TradeMode,
    string OrderType,
    string Channel,
    Func<Consignment, bool> Considered,
    IReadOnlyList<ModeRequirement> Requirements);
