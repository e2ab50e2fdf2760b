using System.Text;
using CommerceHub.Customs.Consignments;
using static CommerceHub.Customs.Modes.ModeRequirements;

namespace CommerceHub.Customs.Modes;

/// <summary>
/// The declaration-mode rule table. A consignment is matched to the first channel that fits it (bonded zone first,
/// then by buyer); if it fails any requirement of that mode it goes to a broker's full declaration, with every failed
/// requirement as a reason, rather than into a list message customs would reject.
/// </summary>
public sealed class ModeRules(IReadOnlyList<ModeRule> table)
{
    public const string BrokerRule = "full customs declaration by a broker";

    private static readonly ModeRequirement[] ListBasics = [LeavesChina, HasLines, TenDigitHsCodes, NoLicence, NoInspection, NoDuty];

    public static ModeRules Default { get; } = new(
    [
        new(DeclarationMode.Bonded1210, "1210", "E", "goods leave a bonded zone", c => c.FromBondedZone, [BondedZoneFields, .. ListBasics]),
        new(DeclarationMode.Retail9610, "9610", "E", "parcel to a foreign consumer", c => c.BuyerKind == BuyerKind.Consumer, [ValueCap("per parcel"), .. ListBasics]),
        new(DeclarationMode.B2BDirect9710, "9710", "B", "order of a foreign company, shipped to it", c => c.BuyerKind == BuyerKind.ForeignBusiness, [ValueCap("per shipment"), .. ListBasics]),
        new(DeclarationMode.OverseasWarehouse9810, "9810", "B", "bulk to the merchant's overseas warehouse", c => c.BuyerKind == BuyerKind.OwnOverseasWarehouse, [WarehouseBooking, ValueCap("per shipment"), .. ListBasics]),
    ]);

    public IReadOnlyList<ModeRule> Table { get; } = table;

    public ModeDecision Decide(Consignment consignment)
    {
        ArgumentNullException.ThrowIfNull(consignment);
        if (Table.FirstOrDefault(r => r.Considered(consignment)) is not { } rule)
        {
            return new ModeDecision(DeclarationMode.BrokerDeclaration, null, null, BrokerRule, ["no cross-border e-commerce channel fits this consignment"]);
        }

        var failures = rule.Requirements.Select(r => r.Failure(consignment)).OfType<string>().ToArray();
        return failures.Length == 0
            ? new ModeDecision(rule.Mode, rule.TradeMode, rule.OrderType, rule.Channel, [$"{rule.TradeMode}: {rule.Channel}, every requirement met"])
            : new ModeDecision(DeclarationMode.BrokerDeclaration, null, null, BrokerRule, [.. failures.Select(f => $"{rule.TradeMode} ruled out: {f}")]);
    }

    /// <summary>The table as plain text for the staff board and the README.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var rule in Table)
        {
            text.Append(rule.TradeMode).Append(" — when: ").AppendLine(rule.Channel);
            foreach (var requirement in rule.Requirements)
            {
                text.Append("    requires: ").AppendLine(requirement.Text);
            }
        }

        text.Append("otherwise — ").AppendLine(BrokerRule);
        return text.ToString();
    }
}
