using CommerceHub.Connectors.TikTok;

namespace CommerceHub.Connectors.Tests.TikTok;

public sealed class TikTokSignerTests
{
    private const string Secret = "e59af819cc";

    [Fact]
    public void Sign_GoldenVectorG2_MatchesSpec()
    {
        Dictionary<string, string> query = new() { ["timestamp"] = "1623812664", ["app_key"] = "29a39d", ["sign"] = "ignored", ["access_token"] = "ignored" };

        var wrapped = TikTokSigner.WrappedString(Secret, "/authorization/202309/shops", query);

        Assert.Equal("e59af819cc/authorization/202309/shopsapp_key29a39dtimestamp1623812664e59af819cc", wrapped);
        Assert.Equal("b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8", TikTokSigner.Sign(Secret, wrapped));
    }

    [Fact]
    public void SignRequest_GoldenVectorG4WithRawBody_MatchesSpec()
    {
        // The doc's Update Shop Webhook example: its own app_key, shop_cipher and timestamp, body appended raw.
        Dictionary<string, string> query = new() { ["app_key"] = "68xu9ks5p4i8", ["timestamp"] = "1696909648", ["shop_cipher"] = "ROW_xkMbgAAAeVAQra0eZWebFQq5aIK" };
        const string body = """{"address":"https://partner.tiktokshop.com","event_type":"PACKAGE_UPDATE"}""";

        Assert.Equal("cd0d6268252f4ba293bf7ea4c0a2873bf9beec600d22530638564ab301435f7a", TikTokSigner.SignRequest(Secret, "/event/202309/webhooks", query, body));
        Assert.NotEqual(
            TikTokSigner.SignRequest(Secret, "/event/202309/webhooks", query, body),
            TikTokSigner.SignRequest(Secret, "/event/202309/webhooks", query, body.Replace(",", ", ", StringComparison.Ordinal)));
    }

    [Fact]
    public void VerifyPush_SignedBody_AcceptedAndTamperedRejected()
    {
        const string body = """{"type":1,"tts_notification_id":"7327000000000000001","shop_id":"7494000000000000101","timestamp":1700000000,"data":{"order_id":"576000000000000001","order_status":"AWAITING_SHIPMENT","is_on_hold_order":false,"update_time":1700000000}}""";
        var sign = TikTokSigner.PushSignature(Secret, "29a39d", body);

        Assert.Equal(64, sign.Length);
        Assert.True(TikTokSigner.VerifyPush(Secret, "29a39d", body, sign));
        Assert.True(TikTokSigner.VerifyPush(Secret, "29a39d", body, sign.ToUpperInvariant()));
        Assert.False(TikTokSigner.VerifyPush(Secret, "29a39d", body.Replace("AWAITING_SHIPMENT", "CANCELLED", StringComparison.Ordinal), sign));
        Assert.False(TikTokSigner.VerifyPush(Secret, "other", body, sign));
        Assert.False(TikTokSigner.VerifyPush(Secret, "29a39d", body, null));
    }

    [Fact]
    public void Timestamp_ClockPassedIn_UsesItsUnixSeconds()
    {
        var clock = new Shared.FixedClock(DateTimeOffset.FromUnixTimeSeconds(1623812664));

        Assert.Equal(1623812664, TikTokSigner.Timestamp(clock));
    }
}
