namespace CommerceHub.Connectors.Lazada.Dtos;

internal sealed record CountryUserInfoDto(string? Country, string? SellerId, string? UserId, string? ShortCode);

/// <summary>/auth/token/create and /auth/token/refresh answer at the top level, next to code and request_id.</summary>
internal sealed record TokenResponse(
    string AccessToken,
    string RefreshToken,
    long ExpiresIn,
    long RefreshExpiresIn,
    string? Country,
    IReadOnlyList<CountryUserInfoDto>? CountryUserInfo);
