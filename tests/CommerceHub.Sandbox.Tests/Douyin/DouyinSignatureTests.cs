using System.Text.Json;
using CommerceHub.Sandbox.Platforms.Douyin;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Douyin;

public sealed class DouyinSignatureTests
{
    // G10 in platform-apis.md §0 (derived with the SKIT algorithm; Douyin publishes no vector).
    private const string Secret = "test_app_secret";
    private const string AppKey = "7000000000000000001";
    private const string ParamJson = "{\"shop_order_id\":\"4781320682406083640\"}";

    [Theory]
    [InlineData("md5", "dc90b0c4594a6135a30204fe9ea0cb4e")]
    [InlineData("hmac-sha256", "1c0f39d4faba4f9e0362ef9efccb3f914d21acd6be18bd53dedeb8ef81a7225b")]
    public void Sign_GoldenVectorG10_MatchesSandboxAndIndependentSigner(string signMethod, string expected)
    {
        var plain = DouyinSignature.Plain(Secret, AppKey, "order.orderDetail", ParamJson, "1700000000", "2");

        Assert.Equal(expected, DouyinSignature.Sign(signMethod, Secret, plain));
        Assert.Equal(expected, IndependentDouyinSigner.Sign(Secret, AppKey, "order.orderDetail", ParamJson, "1700000000", signMethod));
        Assert.True(DouyinSignature.Verify(signMethod, Secret, plain, expected.ToUpperInvariant()));
    }

    [Fact]
    public void Canonical_NestedUnsortedJsonWithChinese_SortsEveryLevelAndKeepsTextRaw()
    {
        using var document = JsonDocument.Parse("{ \"b\": 1.50, \"a\": { \"d\": [ { \"z\": true, \"y\": \"羊绒围巾\" } ], \"c\": null } }");

        Assert.Equal("{\"a\":{\"c\":null,\"d\":[{\"y\":\"羊绒围巾\",\"z\":true}]},\"b\":1.50}", DouyinSignature.Canonical(document.RootElement));
    }

    [Fact]
    public void PushSign_MatchesIndependentMd5OfKeyBodySecret()
    {
        const string body = "[{\"tag\":\"101\",\"msg_id\":\"1\",\"data\":\"{}\"}]";

        Assert.Equal(IndependentDouyinSigner.PushSign(AppKey, Secret, body), DouyinSignature.PushSign(AppKey, Secret, body));
    }
}
