using CommerceHub.Connectors.Lazada;
using CommerceHub.Connectors.Tests.Shared;

namespace CommerceHub.Connectors.Tests.Lazada;

public sealed class LazadaSignerTests
{
    private const string Secret = "helloworld";

    [Fact]
    public void Sign_GoldenVectorG1_MatchesSpec()
    {
        var baseString = LazadaSigner.BaseString("/order/get", new Dictionary<string, string>
        {
            ["timestamp"] = "1517820392000",
            ["order_id"] = "1234",
            ["sign_method"] = "sha256",
            ["app_key"] = "123456",
            ["access_token"] = "test",
        });

        Assert.Equal("/order/getaccess_tokentestapp_key123456order_id1234sign_methodsha256timestamp1517820392000", baseString);
        Assert.Equal("4190D32361CFB9581350222F345CB77F3B19F0E31D162316848A2C1FFD5FAB4A", LazadaSigner.Sign(Secret, baseString));
    }

    [Fact]
    public void BaseString_SignParameterPresent_LeftOut()
    {
        var parameters = new Dictionary<string, string> { ["b"] = "2", ["a"] = "1", ["sign"] = "XYZ", ["B"] = "3" };

        Assert.Equal("/x/yB3a1b2", LazadaSigner.BaseString("/x/y", parameters));
    }

    [Fact]
    public void PushSignature_GoldenVectorG9_MatchesSpecAndVerifies()
    {
        const string body = """{"seller_id":"1234567","message_type":0,"data":{"order_status":"unpaid","status_update_time":1603698638,"trade_order_id":"260422900198363","trade_order_line_id":"260422900298363"},"timestamp":1603766859530,"site":"lazada_vn"}""";
        const string expected = "54aaf6d28340b3249187f3b13863262aa46da3982ea8eae2c7db5f3e1140da3c";

        Assert.Equal(expected, LazadaSigner.PushSignature(Secret, "123456", body));
        Assert.True(LazadaSigner.VerifyPush(Secret, "123456", body, expected.ToUpperInvariant()));
        Assert.False(LazadaSigner.VerifyPush(Secret, "123456", body.Replace("unpaid", "pending", StringComparison.Ordinal), expected));
        Assert.False(LazadaSigner.VerifyPush(Secret, "654321", body, expected));
    }

    [Fact]
    public void Timestamp_ClockPassedIn_UsesItsUnixMilliseconds()
    {
        var clock = new FixedClock(DateTimeOffset.FromUnixTimeMilliseconds(1517820392000));

        Assert.Equal(1517820392000, LazadaSigner.Timestamp(clock));
    }
}
