using CommerceHub.Sandbox.Platforms.JD;

namespace CommerceHub.Sandbox.Tests.JD;

/// <summary>Golden vector G6 from the platform spec (§0).</summary>
public sealed class JDSignatureTests
{
    private const string G6Json = """{"end_date":null,"optional_fields":null,"order_state":"WAIT_SELLER_STOCK_OUT","page":"1","page_size":"200","start_date":null}""";
    private const string G6BaseString = "360buy_param_json" + G6Json + "access_tokenyourtokenapp_keyyourappkeymethodjingdong.pop.order.searchtimestamp2021-05-07 09:20:39.683+0800v2.0";

    private static readonly Dictionary<string, string> G6Parameters = new()
    {
        ["v"] = "2.0",
        ["method"] = "jingdong.pop.order.search",
        ["timestamp"] = "2021-05-07 09:20:39.683+0800",
        ["app_key"] = "yourappkey",
        ["access_token"] = "yourtoken",
        ["360buy_param_json"] = G6Json,
    };

    [Fact]
    public void Sign_G6Vector_MatchesGolden()
    {
        Assert.Equal("D70825340F4084360B9362B60DFD7930", JDSignature.Sign("yourappSecret", G6BaseString));
    }

    [Fact]
    public void BaseString_G6ParametersInAnyOrder_MatchesDocumentedString()
    {
        Assert.Equal(G6BaseString, JDSignature.BaseString(G6Parameters));
    }

    [Fact]
    public void Verify_G6WithOneByteChangedOrLowerCaseSign_RefusesOnlyTheChange()
    {
        Assert.True(JDSignature.Verify("yourappSecret", G6BaseString, "d70825340f4084360b9362b60dfd7930"));
        Assert.False(JDSignature.Verify("yourappSecret", G6BaseString.Replace("\"page\":\"1\"", "\"page\":\"2\"", StringComparison.Ordinal), "D70825340F4084360B9362B60DFD7930"));
    }

    [Fact]
    public void ParseTimestamp_G6FormWithMillisecondsAndOffset_ReadsGmtPlus8()
    {
        var parsed = JDGate.ParseTimestamp("2021-05-07 09:20:39.683+0800");

        Assert.Equal(new DateTimeOffset(2021, 5, 7, 1, 20, 39, 683, TimeSpan.Zero), parsed);
        Assert.Equal(new DateTimeOffset(2021, 5, 7, 1, 20, 39, TimeSpan.Zero), JDGate.ParseTimestamp("2021-05-07 09:20:39"));
    }
}
