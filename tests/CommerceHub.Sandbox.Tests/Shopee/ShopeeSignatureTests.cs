using CommerceHub.Sandbox.Platforms.Shopee;

namespace CommerceHub.Sandbox.Tests.Shopee;

/// <summary>Golden vectors G7′ and G8 from the platform spec (§0).</summary>
public sealed class ShopeeSignatureTests
{
    private const string G7BaseString = "2001887/api/v2/shop/get_shop_info165571443159777174636562737266615546704c6d14701711";

    [Fact]
    public void Verify_G7PrimeVector_Accepts()
    {
        Assert.True(ShopeeSignature.Verify("test_partner_key", G7BaseString, "9fdae5aeed86e753249982ec04aa54339280f12d3f456b9e3f7d8ee91e66a2b3"));
    }

    [Fact]
    public void BaseString_G7ShopInputs_MatchesDocumentedBaseString()
    {
        var baseString = ShopeeSignature.BaseString(2001887, "/api/v2/shop/get_shop_info", 1655714431, "59777174636562737266615546704c6d", 14701711);

        Assert.Equal(G7BaseString, baseString);
    }

    [Fact]
    public void Verify_G7WithOneByteChanged_Refuses()
    {
        Assert.False(ShopeeSignature.Verify("test_partner_key", G7BaseString.Replace("2001887", "2001888", StringComparison.Ordinal), "9fdae5aeed86e753249982ec04aa54339280f12d3f456b9e3f7d8ee91e66a2b3"));
    }

    [Fact]
    public void PushSignature_G8Vector_MatchesGolden()
    {
        const string body = """{"data":{"items":[],"ordersn":"220810QSK8S7BX","status":"PROCESSED","completed_scenario":"","update_time":1660123127},"shop_id":727720655,"code":3,"timestamp":1660123127}""";

        var signature = ShopeeSignature.PushSignature("test_partner_key", "https://example.com/shopee/push", body);

        Assert.Equal("d5c9433cebab96931b2257dc00a1004bb51022b66e3076c15ce39df581801c43", signature);
    }
}
