namespace CommerceHub.LiveConsole.Hub;

/// <summary>The bearer and refresh tokens the hub issued at sign-in, as its token endpoint writes them.</summary>
public sealed record HubTokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

/// <summary>The hub's view of the signed-in user (<c>GET /api/auth/me</c>).</summary>
public sealed record HubUserInfo(Guid Id, string Email, string DisplayName, string Role, Guid? MerchantId, string Language);

/// <summary>The result of a sign-in: the user, or why it failed in words fit for the login page.</summary>
public sealed record SignInOutcome(HubTokenResponse? Tokens, HubUserInfo? User, SignInFailure Failure);

public enum SignInFailure
{
    None,
    WrongCredentials,
    HubUnreachable,
    NotAHost,
}
