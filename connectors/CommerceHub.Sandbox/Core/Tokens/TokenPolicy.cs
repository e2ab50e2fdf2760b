namespace CommerceHub.Sandbox.Core.Tokens;

/// <summary>A platform's token lifetimes; <see cref="GraceAfterRefresh"/> is how long a replaced access token keeps working.</summary>
public sealed record TokenPolicy(
    TimeSpan CodeLifetime,
    TimeSpan AccessLifetime,
    TimeSpan RefreshLifetime,
    TimeSpan GraceAfterRefresh);

public sealed record TokenGrant(
    string AppId,
    string ShopId,
    string AccessToken,
    string RefreshToken,
    DateTimeOffset IssuedAt,
    DateTimeOffset AccessExpiresAt,
    DateTimeOffset RefreshExpiresAt);

public enum TokenState
{
    Valid,
    Unknown,
    Expired,
    Revoked,
}

public sealed record AccessCheck(TokenState State, string? AppId, string? ShopId);

public sealed record TokenView(string Kind, string Token, string AppId, string ShopId, DateTimeOffset ExpiresAt, bool Used, bool Revoked);
