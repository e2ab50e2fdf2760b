using CommerceHub.Sandbox.Platforms.Taobao;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Taobao;

/// <summary>Golden vector G5 from the platform spec (§0).</summary>
public sealed class TaobaoSignatureTests
{
    private static readonly Dictionary<string, string> G5 = new()
    {
        ["method"] = "taobao.item.seller.get",
        ["app_key"] = "12345678",
        ["session"] = "test",
        ["timestamp"] = "2016-01-01 12:00:00",
        ["format"] = "json",
        ["v"] = "2.0",
        ["sign_method"] = "md5",
        ["fields"] = "num_iid,title,nick,price,num",
        ["num_iid"] = "11223344",
    };

    [Fact]
    public void Sign_G5Vector_MatchesGolden()
    {
        Assert.Equal("66987CB115214E59E6EC978214934FB8", TaobaoSignature.Sign("md5", "helloworld", TaobaoSignature.BaseString(G5)));
    }

    [Fact]
    public void Verify_G5WithOneByteChanged_Refuses()
    {
        var changed = new Dictionary<string, string>(G5) { ["num_iid"] = "11223345" };

        Assert.True(TaobaoSignature.Verify("md5", "helloworld", TaobaoSignature.BaseString(G5), "66987cb115214e59e6ec978214934fb8"));
        Assert.False(TaobaoSignature.Verify("md5", "helloworld", TaobaoSignature.BaseString(changed), "66987CB115214E59E6EC978214934FB8"));
    }

    [Theory]
    [InlineData("md5")]
    [InlineData("hmac")]
    [InlineData("hmac-sha256")]
    public void Sign_EverySignMethod_AgreesWithIndependentSigner(string signMethod)
    {
        var parameters = new Dictionary<string, string>(G5) { ["sign_method"] = signMethod, ["title"] = "纯棉T恤" };

        Assert.Equal(IndependentTaobaoSigner.Sign("helloworld", parameters), TaobaoSignature.Sign(signMethod, "helloworld", TaobaoSignature.BaseString(parameters)));
    }
}
