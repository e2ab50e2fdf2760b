using CommerceHub.Sandbox.Platforms.Lazada;

namespace CommerceHub.Sandbox.Tests.Lazada;

/// <summary>Golden vectors G1 and G9 from the platform spec (§0).</summary>
public sealed class LazadaSignatureTests
{
    private const string G1Expected = "4190D32361CFB9581350222F345CB77F3B19F0E31D162316848A2C1FFD5FAB4A";

    private static readonly Dictionary<string, string> G1Parameters = new()
    {
        ["timestamp"] = "1517820392000",
        ["order_id"] = "1234",
        ["sign_method"] = "sha256",
        ["app_key"] = "123456",
        ["access_token"] = "test",
        ["sign"] = "ignored",
    };

    [Fact]
    public void BaseString_G1Parameters_SortsAndSkipsSign()
    {
        Assert.Equal(
            "/order/getaccess_tokentestapp_key123456order_id1234sign_methodsha256timestamp1517820392000",
            LazadaSignature.BaseString("/order/get", G1Parameters));
    }

    [Fact]
    public void Verify_G1Vector_Accepts()
    {
        Assert.True(LazadaSignature.Verify("helloworld", LazadaSignature.BaseString("/order/get", G1Parameters), G1Expected));
    }

    [Fact]
    public void Verify_G1WithOneByteChangedOrLowercase_Refuses()
    {
        var changed = new Dictionary<string, string>(G1Parameters) { ["order_id"] = "1235" };

        Assert.False(LazadaSignature.Verify("helloworld", LazadaSignature.BaseString("/order/get", changed), G1Expected));
        Assert.False(LazadaSignature.Verify("helloworld", LazadaSignature.BaseString("/order/get", G1Parameters), G1Expected.ToLowerInvariant()));
    }

    [Fact]
    public void PushSignature_G9Vector_MatchesGolden()
    {
        const string body = """{"seller_id":"1234567","message_type":0,"data":{"order_status":"unpaid","status_update_time":1603698638,"trade_order_id":"260422900198363","trade_order_line_id":"260422900298363"},"timestamp":1603766859530,"site":"lazada_vn"}""";

        Assert.Equal("54aaf6d28340b3249187f3b13863262aa46da3982ea8eae2c7db5f3e1140da3c", LazadaSignature.PushSignature("helloworld", "123456", body));
    }
}
