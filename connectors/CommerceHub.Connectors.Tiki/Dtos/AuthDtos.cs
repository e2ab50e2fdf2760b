namespace CommerceHub.Connectors.Tiki.Dtos;

/// <summary>RFC 6749 §5.1 token answer; refresh_token is absent for client credentials.</summary>
internal sealed record TokenResponse(string AccessToken, long ExpiresIn, string? RefreshToken, string? Scope, string? TokenType);
