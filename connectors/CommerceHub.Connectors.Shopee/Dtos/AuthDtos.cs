namespace CommerceHub.Connectors.Shopee.Dtos;

internal sealed record TokenGetRequest(string Code, long PartnerId, long ShopId);

internal sealed record AccessTokenGetRequest(string RefreshToken, long PartnerId, long ShopId);

/// <summary>token/get and access_token/get put their fields at the top level, next to request_id/error/message.</summary>
internal sealed record TokenResponse(string AccessToken, string RefreshToken, long ExpireIn);
