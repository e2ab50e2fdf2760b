namespace CommerceHub.Connectors.Runtime;

/// <summary>
/// One platform operation as the runner sees it. <paramref name="Idempotent"/> is decided per operation, not per
/// HTTP verb: gateway APIs send "set stock to 5" as POST, and it is as safe to repeat as a GET.
/// </summary>
/// <param name="Api">The API path or method name; names the rate-limit cell and the log entries.</param>
/// <param name="Idempotent">True when repeating the call after an unclear failure cannot do harm.</param>
/// <param name="Limits">Rate-limit rules this call must pass.</param>
public sealed record MarketplaceCall(string Api, bool Idempotent, IReadOnlyList<RateLimitRule> Limits);
