namespace CommerceHub.Sandbox.Platforms.Shopee.Auth;

internal sealed record TokenGetRequest(string? Code, long? PartnerId, long? ShopId, long? MainAccountId);

internal sealed record AccessTokenGetRequest(string? RefreshToken, long? PartnerId, long? ShopId, long? MerchantId);
