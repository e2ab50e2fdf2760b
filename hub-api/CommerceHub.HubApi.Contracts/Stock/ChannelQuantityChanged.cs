namespace CommerceHub.HubApi.Contracts.Stock;

/// <summary>
/// The quantity a sales channel may show for a SKU changed. Published on the Redis channel
/// <c>ch:events:channel-quantity</c> as JSON, only when the value differs from the last one published.
/// </summary>
/// <param name="MerchantId">The merchant that owns the stock.</param>
/// <param name="Channel">The channel code (a shop or a live room).</param>
/// <param name="Sku">The merchant SKU.</param>
/// <param name="Quantity">The quantity the channel may now show.</param>
/// <param name="Previous">The quantity published before, or null if none was.</param>
/// <param name="Why">How the quantity was derived, for people reading the sync log.</param>
/// <param name="At">When the quantity was computed.</param>
public sealed record ChannelQuantityChanged(
    Guid MerchantId,
    string Channel,
    string Sku,
    long Quantity,
    long? Previous,
    string Why,
    DateTimeOffset At);
