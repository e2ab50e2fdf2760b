using CommerceHub.Connectors.Douyin;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Tests.Douyin;

public sealed class DouyinSignerTests
{
    [Theory]
    [InlineData("md5", "dc90b0c4594a6135a30204fe9ea0cb4e")]
    [InlineData("hmac-sha256", "1c0f39d4faba4f9e0362ef9efccb3f914d21acd6be18bd53dedeb8ef81a7225b")]
    public void SignRequest_GoldenVectorG10_MatchesSpec(string signMethod, string expected) =>
        Assert.Equal(expected, DouyinSigner.SignRequest(signMethod, "test_app_secret", "7000000000000000001", "order.orderDetail", "{\"shop_order_id\":\"4781320682406083640\"}", "1700000000"));

    [Fact]
    public void Canonical_UnsortedNestedJson_SortedCompactAndChineseUnescaped() =>
        Assert.Equal(
            "{\"a\":[{\"x\":\"中文\",\"y\":2}],\"b\":1}",
            DouyinSigner.Canonical("{ \"b\": 1, \"a\": [ { \"y\": 2, \"x\": \"\\u4e2d\\u6587\" } ] }"));

    [Fact]
    public void Timestamp_TakesUnixSecondsFromTheGivenClock() =>
        Assert.Equal("1700000000", DouyinSigner.Timestamp(new Shared.FixedClock(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000))));

    [Fact]
    public void VerifyPush_BodyChangedOrSignMissing_Refused()
    {
        const string body = "[{\"tag\":\"101\",\"msg_id\":\"1\",\"data\":\"{}\"}]";
        var sign = DouyinSigner.PushSignature("7000000000000000001", "secret-0001", body);

        Assert.True(DouyinSigner.VerifyPush("7000000000000000001", "secret-0001", body, sign.ToUpperInvariant()));
        Assert.False(DouyinSigner.VerifyPush("7000000000000000001", "secret-0001", body.Replace("101", "102", StringComparison.Ordinal), sign));
        Assert.False(DouyinSigner.VerifyPush("7000000000000000001", "secret-0001", body, null));
    }

    [Fact]
    public void Mappings_Compile()
    {
        var config = DouyinMappings.NewConfig();

        config.Compile();
        Assert.True(config.RequireDestinationMemberSource);
    }

    [Fact]
    public void Options_ShortAppKeyOrUnknownSignMethod_Refused()
    {
        var result = new DouyinOptionsValidator().Validate(null, new DouyinOptions { AppKey = "123", AppSecret = "long-enough-secret", SignMethod = "sha1" });

        Assert.True(result.Failed);
        Assert.Contains("AppKey", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("SignMethod", result.FailureMessage, StringComparison.Ordinal);
    }
}
