using System.Net;
using System.Text;
using CommerceHub.Connectors.Abstractions;
using CommerceHub.Connectors.Shopee;
using CommerceHub.Connectors.Tests.Shared;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Tests.Shopee;

public sealed class ShopeeErrorsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(403, "error_auth", "Invalid access_token.", typeof(MarketplaceAuthException))]
    [InlineData(200, "error_param", "Wrong parameters, detail: x.", typeof(MarketplaceValidationException))]
    [InlineData(400, "product.error_item_not_found", "Item not found.", typeof(MarketplaceNotFoundException))]
    [InlineData(429, "error_rate_limit", "Too many requests", typeof(MarketplaceRateLimitedException))]
    [InlineData(500, "error_server", "System error.", typeof(MarketplaceUnavailableException))]
    [InlineData(502, null, null, typeof(MarketplaceUnavailableException))]
    [InlineData(400, "logistics.order_status_error", "The order status does not allow this operation.", typeof(MarketplaceValidationException))]
    public void FromResponse_CodeAndStatus_MapsToFamilyMember(int status, string? code, string? message, Type expected)
    {
        var exception = ShopeeErrors.FromResponse(status, code, message, "req-1", "{}", null, Now);

        Assert.IsType(expected, exception);
        Assert.Equal(Marketplace.Shopee, exception.Marketplace);
        Assert.Equal(status, exception.HttpStatus);
        Assert.Equal("req-1", exception.RequestId);
    }

    [Theory]
    [InlineData("Invalid access_token.", AuthFailure.AccessToken)]
    [InlineData("Invalid refresh_token.", AuthFailure.Grant)]
    [InlineData("Invalid code", AuthFailure.Grant)]
    public void FromResponse_ErrorAuthMessages_TellTokenFromGrant(string message, AuthFailure failure)
    {
        var exception = Assert.IsType<MarketplaceAuthException>(ShopeeErrors.FromResponse(403, "error_auth", message, null, null, null, Now));

        Assert.Equal(failure, exception.Failure);
    }

    [Fact]
    public void FromResponse_DailyLimit_RetryAfterUntilMidnightUtcPlus8()
    {
        var exception = Assert.IsType<MarketplaceRateLimitedException>(ShopeeErrors.FromResponse(403, "error_limit", "quota", null, null, null, Now));

        Assert.Equal(TimeSpan.FromHours(6), exception.RetryAfter); // 10:00 UTC = 18:00 UTC+8
    }

    [Fact]
    public async Task Client_Http200WithErrorBody_ThrowsWithRawBodyAndRequestId()
    {
        const string body = """{"request_id":"abc123","error":"error_param","message":"Wrong parameters, detail: offset.","response":null}""";
        using var http = new HttpClient(new StubHandler(HttpStatusCode.OK, body)) { BaseAddress = new Uri("http://shopee.test/") };
        using var client = new ShopeeClient(http, Options.Create(new ShopeeOptions { PartnerId = 1, PartnerKey = "key-key-key", BaseUrl = new Uri("http://shopee.test/") }), TimeProvider.System);
        var token = new ShopToken { Shop = new ShopRef(Marketplace.Shopee, "1"), AccessToken = "a", RefreshToken = "r", AccessExpiresAt = Now, IssuedAt = Now };

        var exception = await Assert.ThrowsAsync<MarketplaceValidationException>(() => client.GetItemListAsync(token, 0, 10, [], null, default));

        Assert.Equal(200, exception.HttpStatus);
        Assert.Equal("error_param", exception.PlatformCode);
        Assert.Equal("abc123", exception.RequestId);
        Assert.Equal(body, exception.RawBody);
    }

    [Theory]
    [InlineData(150_000.5, "VND", false)]
    [InlineData(150_000, "VND", true)]
    [InlineData(99.5, "THB", false)]
    [InlineData(9.99, "SGD", true)]
    [InlineData(9.999, "SGD", false)]
    public void ToWire_RegionPrecision_RefusesWhatShopeeWouldRound(double amount, string currency, bool accepted)
    {
        var price = Money.Of((decimal)amount, currency);

        if (accepted)
        {
            Assert.Equal(price.Amount, ShopeePrices.ToWire(price));
        }
        else
        {
            Assert.Throws<MarketplaceValidationException>(() => ShopeePrices.ToWire(price));
        }
    }

    private sealed class StubHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
