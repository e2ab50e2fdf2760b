namespace CommerceHub.Connectors.TikTok.Dtos;

/// <summary>token/get and token/refresh "data"; both *_expire_in fields are absolute Unix seconds, not durations.</summary>
internal sealed record TokenData(
    string AccessToken,
    long AccessTokenExpireIn,
    string RefreshToken,
    long RefreshTokenExpireIn,
    string? OpenId,
    string? SellerName,
    string? SellerBaseRegion);

internal sealed record AuthorizedShopDto(string Id, string? Name, string? Region, string? SellerType, string Cipher, string? Code);

internal sealed record AuthorizedShopsData(IReadOnlyList<AuthorizedShopDto>? Shops);
