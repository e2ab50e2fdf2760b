namespace CommerceHub.HubApi.Infrastructure.Auth;

public static class HubClaims
{
    public const string UserId = "sub";
    public const string MerchantId = "merchant";
}
