namespace CommerceHub.Connectors.Abstractions;

/// <summary>A seller's shop on one marketplace, as the platform numbers it.</summary>
/// <param name="Marketplace">The platform.</param>
/// <param name="ShopId">The platform's shop id, kept as text because platforms differ (numbers, ciphers, seller ids).</param>
public sealed record ShopRef(Marketplace Marketplace, string ShopId)
{
    /// <inheritdoc />
    public override string ToString() => $"{Marketplace}:{ShopId}";
}
