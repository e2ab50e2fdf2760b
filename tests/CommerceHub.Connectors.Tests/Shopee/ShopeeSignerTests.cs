using CommerceHub.Connectors.Shopee;
using CommerceHub.Connectors.Tests.Shared;

namespace CommerceHub.Connectors.Tests.Shopee;

public sealed class ShopeeSignerTests
{
    private const string Key = "test_partner_key";

    [Fact]
    public void Sign_GoldenVectorG7Prime_MatchesSpec()
    {
        var baseString = ShopeeSigner.BaseString(2001887, "/api/v2/shop/get_shop_info", 1655714431, "59777174636562737266615546704c6d", 14701711);

        Assert.Equal("2001887/api/v2/shop/get_shop_info165571443159777174636562737266615546704c6d14701711", baseString);
        Assert.Equal("9fdae5aeed86e753249982ec04aa54339280f12d3f456b9e3f7d8ee91e66a2b3", ShopeeSigner.Sign(Key, baseString));
    }

    [Fact]
    public void PushSignature_GoldenVectorG8_MatchesSpecAndVerifies()
    {
        const string body = """{"data":{"items":[],"ordersn":"220810QSK8S7BX","status":"PROCESSED","completed_scenario":"","update_time":1660123127},"shop_id":727720655,"code":3,"timestamp":1660123127}""";
        const string expected = "d5c9433cebab96931b2257dc00a1004bb51022b66e3076c15ce39df581801c43";

        Assert.Equal(expected, ShopeeSigner.PushSignature(Key, "https://example.com/shopee/push", body));
        Assert.True(ShopeeSigner.VerifyPush(Key, "https://example.com/shopee/push", body, expected));
        Assert.False(ShopeeSigner.VerifyPush(Key, "https://example.com/shopee/push", body.Replace("PROCESSED", "SHIPPED", StringComparison.Ordinal), expected));
    }

    [Fact]
    public void SignRequest_ClockPassedIn_UsesItsUnixSeconds()
    {
        var clock = new FixedClock(DateTimeOffset.FromUnixTimeSeconds(1655714431));

        var signature = ShopeeSigner.SignRequest(Key, 2001887, "/api/v2/shop/get_shop_info", clock, "59777174636562737266615546704c6d", 14701711);

        Assert.Equal(1655714431, signature.Timestamp);
        Assert.Equal("9fdae5aeed86e753249982ec04aa54339280f12d3f456b9e3f7d8ee91e66a2b3", signature.Sign);
    }

    [Fact]
    public void BaseString_PublicApi_StopsAfterTimestamp()
    {
        Assert.Equal("10090/api/v2/shop/auth_partner1594897040", ShopeeSigner.BaseString(10090, "/api/v2/shop/auth_partner", 1594897040));
    }
}
