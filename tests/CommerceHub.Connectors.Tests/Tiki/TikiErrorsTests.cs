using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Tiki;

namespace CommerceHub.Connectors.Tests.Tiki;

public sealed class TikiErrorsTests
{
    [Theory]
    [InlineData("invalid_grant", 400, AuthFailure.Grant)]
    [InlineData("invalid_client", 401, AuthFailure.Credentials)]
    [InlineData("unauthorized_client", 400, AuthFailure.Credentials)]
    public void FromOAuth_Rfc6749Code_MapsToAuthFailure(string code, int status, AuthFailure expected)
    {
        var error = Assert.IsType<MarketplaceAuthException>(TikiErrors.FromOAuth(status, code, "refused", "{}", null));

        Assert.Equal(expected, error.Failure);
        Assert.Equal(code, error.PlatformCode);
    }

    [Theory]
    [InlineData("unsupported_grant_type", typeof(MarketplaceValidationException))]
    [InlineData("temporarily_unavailable", typeof(MarketplaceUnavailableException))]
    public void FromOAuth_NonAuthCode_MapsToFamily(string code, Type expected) =>
        Assert.IsType(expected, TikiErrors.FromOAuth(400, code, null, null, null));

    [Theory]
    [InlineData(401, "unauthorized", "token_expired", typeof(MarketplaceAuthException))]
    [InlineData(403, "forbidden", null, typeof(MarketplaceAuthException))]
    [InlineData(404, "not_found", null, typeof(MarketplaceNotFoundException))]
    [InlineData(400, "invalid_request", "bad", typeof(MarketplaceValidationException))]
    [InlineData(429, "too_many_requests", null, typeof(MarketplaceRateLimitedException))]
    [InlineData(500, "internal_error", null, typeof(MarketplaceUnavailableException))]
    [InlineData(503, null, null, typeof(MarketplaceUnavailableException))]
    public void FromResponse_StatusAndCode_MapsToFamily(int status, string? code, string? reason, Type expected) =>
        Assert.IsType(expected, TikiErrors.FromResponse(status, code, "message", reason, "req-1", "{}", null));

    [Fact]
    public void FromResponse_401_AskForRefreshNotReauthorization()
    {
        var error = Assert.IsType<MarketplaceAuthException>(TikiErrors.FromResponse(401, "unauthorized", "Access token expired", "token_expired", "r", null, null));

        Assert.Equal(AuthFailure.AccessToken, error.Failure);
        Assert.False(error.ReauthorizationRequired);
    }

    [Fact]
    public void FromResponse_429WithHint_CarriesRetryAfter()
    {
        var error = Assert.IsType<MarketplaceRateLimitedException>(TikiErrors.FromResponse(429, "too_many_requests", null, null, null, null, TimeSpan.FromSeconds(3)));

        Assert.Equal(TimeSpan.FromSeconds(3), error.RetryAfter);
    }
}
