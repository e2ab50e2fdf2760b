using CommerceHub.Customs.Modes;

namespace CommerceHub.Customs.Messages;

/// <summary>
/// Builders for the export messages the hub declares. Each returns the message unsigned; sign it with an
/// <see cref="Signing.ICustomsSigner"/> and check it with <see cref="Schema.CebSchema"/> before sending.
/// </summary>
public static partial class CebMessages
{
    private static ModeDecision RequireListMode(ModeDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.NeedsBroker || decision.TradeMode is null || decision.OrderType is null)
        {
            throw new ArgumentException($"The consignment goes to a broker ({string.Join("; ", decision.Reasons)}); no CEB list message may be built for it.", nameof(decision));
        }

        return decision;
    }
}
