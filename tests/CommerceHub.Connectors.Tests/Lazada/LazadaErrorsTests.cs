using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Lazada;

namespace CommerceHub.Connectors.Tests.Lazada;

public sealed class LazadaErrorsTests
{
    [Theory]
    [InlineData(200, "ISV", "IllegalAccessToken", typeof(MarketplaceAuthException))]
    [InlineData(200, "ISV", "IncompleteSignature", typeof(MarketplaceAuthException))]
    [InlineData(200, "ISP", "E901", typeof(MarketplaceRateLimitedException))]
    [InlineData(200, "ISP", "4171", typeof(MarketplaceValidationException))]
    [InlineData(200, "ISP", "16", typeof(MarketplaceNotFoundException))]
    [InlineData(500, "SYSTEM", "ServiceUnavailable", typeof(MarketplaceUnavailableException))]
    [InlineData(200, "SYSTEM", "SomethingNew", typeof(MarketplaceUnavailableException))]
    [InlineData(502, null, null, typeof(MarketplaceUnavailableException))]
    public void FromResponse_DocumentedCodes_MapToFamily(int status, string? type, string? code, Type expected)
    {
        var exception = LazadaErrors.FromResponse(status, type, code, "m", "req-1", "{}");

        Assert.IsType(expected, exception);
        Assert.Equal((Marketplace.Lazada, "req-1"), (exception.Marketplace, exception.RequestId));
    }

    [Fact]
    public void FromResponse_ApiCallLimit_RateLimitedWithOneSecondBan()
    {
        var exception = Assert.IsType<MarketplaceRateLimitedException>(LazadaErrors.FromResponse(200, "ISV", "ApiCallLimit", "The ban will last 1 seconds.", null, null));

        Assert.Equal(TimeSpan.FromSeconds(1), exception.RetryAfter);
    }

    [Theory]
    [InlineData("IllegalAccessToken", AuthFailure.AccessToken)]
    [InlineData("IllegalRefreshToken", AuthFailure.Grant)]
    [InlineData("InvalidCode", AuthFailure.Grant)]
    [InlineData("InvalidTimestamp", AuthFailure.Credentials)]
    public void FromResponse_AuthCodes_SayWhoMustAct(string code, AuthFailure failure)
    {
        var exception = Assert.IsType<MarketplaceAuthException>(LazadaErrors.FromResponse(200, "ISV", code, "m", null, null));

        Assert.Equal(failure, exception.Failure);
    }
}
