namespace CommerceHub.Sandbox.Core.Admin;

public sealed record ClockAdvance(double Seconds);

public sealed record AppRegistration(string AppId, string AppSecret, string? CallbackUrl);

public sealed record ShopRegistration(string ShopId, string Region, string Name);

/// <summary>AppId may be left out when the platform has a single app.</summary>
public sealed record WebhookRegistration(string? AppId, string? Url);

public sealed record CodeRequest(string ShopId, string? AppId);

public sealed record RevokeRequest(string ShopId, string? AppId);

public sealed record StatusChange(string ShopId, string Status, int StepDelayMs = 0);

public sealed record CampaignRequest(string ShopId, string ItemId, string? ModelId, int Quantity);
