using System.ComponentModel.DataAnnotations;

namespace CommerceHub.HubApi.Infrastructure.Auth;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    [Range(1, 24 * 60)]
    public int AccessTokenMinutes { get; set; } = 60;

    [Range(1, 90)]
    public int RefreshTokenDays { get; set; } = 14;
}
