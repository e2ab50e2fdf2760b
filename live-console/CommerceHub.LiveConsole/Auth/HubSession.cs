using CommerceHub.LiveConsole.Hub;

namespace CommerceHub.LiveConsole.Auth;

/// <summary>One signed-in user's hub tokens, held only in the console's memory; the browser gets a cookie with the key.</summary>
public sealed record HubSession(string Key, HubUserInfo User, string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt);
