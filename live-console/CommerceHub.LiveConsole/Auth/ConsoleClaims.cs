namespace CommerceHub.LiveConsole.Auth;

/// <summary>Claims of the console's own cookie; the hub's tokens stay in <see cref="HubSessionStore"/>.</summary>
public static class ConsoleClaims
{
    public const string SessionKey = "hub-session";
    public const string UserId = "uid";
    public const string MerchantId = "merchant";
    public const string Language = "lang";
}
