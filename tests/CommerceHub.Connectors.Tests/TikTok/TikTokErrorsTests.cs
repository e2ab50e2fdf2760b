using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.TikTok;

namespace CommerceHub.Connectors.Tests.TikTok;

public sealed class TikTokErrorsTests
{
    [Theory]
    [InlineData(401, 105002, "Expired credentials.", typeof(MarketplaceAuthException), AuthFailure.AccessToken)]
    [InlineData(401, 106001, "Invalid credentials. The `sign` query parameter is invalid.", typeof(MarketplaceAuthException), AuthFailure.Credentials)]
    [InlineData(401, 36009004, "Invalid timestamp.", typeof(MarketplaceAuthException), AuthFailure.Credentials)]
    [InlineData(401, 36009004, "Invalid credentials. The `x-tts-access-token` header is invalid.", typeof(MarketplaceAuthException), AuthFailure.AccessToken)]
    [InlineData(403, 105005, "Scope not granted.", typeof(MarketplaceAuthException), AuthFailure.Permission)]
    [InlineData(400, 36004005, "The refresh_token is invalid, used or expired.", typeof(MarketplaceAuthException), AuthFailure.Grant)]
    [InlineData(400, 36004004, "The auth_code is invalid, used or expired.", typeof(MarketplaceAuthException), AuthFailure.Grant)]
    public void FromResponse_AuthCodes_MapToAuthFailure(int status, int code, string message, Type expected, AuthFailure failure)
    {
        var exception = TikTokErrors.FromResponse(status, code, message, "req-1", "{}", null);

        Assert.IsType(expected, exception);
        Assert.Equal(failure, ((MarketplaceAuthException)exception).Failure);
        Assert.Equal((Marketplace.TikTokShop, code.ToString(System.Globalization.CultureInfo.InvariantCulture), "req-1"), (exception.Marketplace, exception.PlatformCode, exception.RequestId));
    }

    [Theory]
    [InlineData(429, 36009002, typeof(MarketplaceRateLimitedException))]
    [InlineData(200, 36009002, typeof(MarketplaceRateLimitedException))]
    [InlineData(429, null, typeof(MarketplaceRateLimitedException))]
    [InlineData(500, 36009003, typeof(MarketplaceUnavailableException))]
    [InlineData(502, null, typeof(MarketplaceUnavailableException))]
    [InlineData(400, 106013, typeof(MarketplaceValidationException))]
    [InlineData(400, 40006, typeof(MarketplaceValidationException))]
    [InlineData(400, 21011003, typeof(MarketplaceValidationException))]
    [InlineData(400, 12052004, typeof(MarketplaceNotFoundException))]
    [InlineData(400, 21011002, typeof(MarketplaceNotFoundException))]
    public void FromResponse_OtherCodes_MapToFamily(int status, int? code, Type expected)
    {
        var exception = TikTokErrors.FromResponse(status, code, "msg", null, null, TimeSpan.FromSeconds(2));

        Assert.IsType(expected, exception);
        Assert.Equal(status, exception.HttpStatus);
        if (exception is MarketplaceRateLimitedException limited)
        {
            Assert.Equal(TimeSpan.FromSeconds(2), limited.RetryAfter);
        }
    }
}
