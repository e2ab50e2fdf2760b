namespace CommerceHub.Connectors.Douyin.Dtos;

internal sealed record TokenCreateRequest(string Code, string GrantType);

internal sealed record TokenRefreshRequest(string RefreshToken, string GrantType);

/// <summary>token.create / token.refresh data; expires_in is a duration in seconds.</summary>
internal sealed record TokenData(string AccessToken, long ExpiresIn, string RefreshToken, long ShopId, string? ShopName);
