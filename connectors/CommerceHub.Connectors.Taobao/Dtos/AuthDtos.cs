namespace CommerceHub.Connectors.Taobao.Dtos;

/// <summary>oauth.taobao.com/token's answer; the nick is URL-encoded UTF-8.</summary>
internal sealed record TokenResponse(
    string AccessToken,
    string RefreshToken,
    long ExpiresIn,
    long ReExpiresIn,
    string? TaobaoUserId,
    string? TaobaoUserNick);
