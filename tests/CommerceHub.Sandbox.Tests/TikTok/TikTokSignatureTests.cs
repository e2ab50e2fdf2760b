using CommerceHub.Sandbox.Platforms.TikTok;

namespace CommerceHub.Sandbox.Tests.TikTok;

/// <summary>Golden vectors G2 and G4 from the platform spec (§0).</summary>
public sealed class TikTokSignatureTests
{
    private const string Secret = "e59af819cc";
    private const string Path = "/authorization/202309/shops";

    // G4: the Update Shop Webhook example of the same doc page, body appended raw and compact.
    private const string G4Path = "/event/202309/webhooks";
    private const string G4Body = """{"address":"https://partner.tiktokshop.com","event_type":"PACKAGE_UPDATE"}""";

    private static readonly Dictionary<string, string> G4Query = new()
    {
        ["app_key"] = "68xu9ks5p4i8",
        ["shop_cipher"] = "ROW_xkMbgAAAeVAQra0eZWebFQq5aIK",
        ["timestamp"] = "1696909648",
    };

    private static readonly Dictionary<string, string> Query = new()
    {
        ["timestamp"] = "1623812664",
        ["app_key"] = "29a39d",
        ["sign"] = "ignored",
        ["access_token"] = "ignored-too",
    };

    [Fact]
    public void WrappedString_G2Query_SkipsSignAndAccessToken()
    {
        Assert.Equal("e59af819cc/authorization/202309/shopsapp_key29a39dtimestamp1623812664e59af819cc", TikTokSignature.WrappedString(Secret, Path, Query));
    }

    [Fact]
    public void Verify_G2Vector_Accepts()
    {
        Assert.True(TikTokSignature.Verify(Secret, TikTokSignature.WrappedString(Secret, Path, Query), "b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8"));
    }

    [Fact]
    public void Sign_G4WithBody_MatchesGolden()
    {
        Assert.Equal("cd0d6268252f4ba293bf7ea4c0a2873bf9beec600d22530638564ab301435f7a", TikTokSignature.Sign(Secret, TikTokSignature.WrappedString(Secret, G4Path, G4Query, G4Body)));
    }

    [Fact]
    public void Verify_G4WithBodyReserialized_Refuses()
    {
        // The doc's own printout of this body has extra spaces; re-serialized JSON no longer matches.
        const string spaced = """{    "address":"https://partner.tiktokshop.com",    "event_type": "PACKAGE_UPDATE"}""";

        Assert.False(TikTokSignature.Verify(Secret, TikTokSignature.WrappedString(Secret, G4Path, G4Query, spaced), "cd0d6268252f4ba293bf7ea4c0a2873bf9beec600d22530638564ab301435f7a"));
    }
}
