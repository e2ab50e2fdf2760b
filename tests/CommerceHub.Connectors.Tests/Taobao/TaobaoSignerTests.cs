using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommerceHub.Connectors.Taobao;
using CommerceHub.Connectors.Tests.Shared;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Taobao;

public sealed class TaobaoSignerTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static readonly Dictionary<string, string> G5 = new()
    {
        ["app_key"] = "12345678", ["fields"] = "num_iid,title,nick,price,num", ["format"] = "json", ["method"] = "taobao.item.seller.get",
        ["num_iid"] = "11223344", ["session"] = "test", ["sign_method"] = "md5", ["timestamp"] = "2016-01-01 12:00:00", ["v"] = "2.0",
    };

    [Fact]
    public void Sign_GoldenVectorG5Md5_MatchesOpenTaobaoDoc()
    {
        Assert.Equal("66987CB115214E59E6EC978214934FB8", TaobaoSigner.Sign(TaobaoSigner.Md5, "helloworld", TaobaoSigner.BaseString(G5)));
    }

    [Theory]
    [InlineData(TaobaoSigner.Md5)]
    [InlineData(TaobaoSigner.Hmac)]
    [InlineData(TaobaoSigner.HmacSha256)]
    public void Sign_EveryMethodWithChineseValue_MatchesIndependentImplementation(string method)
    {
        var parameters = new Dictionary<string, string>(G5) { ["title"] = "羊绒围巾 灰色", ["sign_method"] = method, ["sign"] = "ignored" };

        Assert.Equal(Independent(method, "helloworld", parameters), TaobaoSigner.Sign(method, "helloworld", TaobaoSigner.BaseString(parameters)));
    }

    [Fact]
    public void Timestamp_AnyClock_BeijingTime()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 16, 30, 5, TimeSpan.Zero));

        Assert.Equal("2026-11-24 00:30:05", TaobaoSigner.Timestamp(clock));
    }

    [Fact]
    public async Task Router_RequestSignedIndependently_AcceptedBySandbox()
    {
        await using var harness = await TaobaoHarness.StartAsync(redis);
        var shop = await harness.AuthorizeAsync(harness.Node());
        var session = (await harness.Store.GetAsync(shop))!.AccessToken;
        var parameters = new Dictionary<string, string>
        {
            ["method"] = "taobao.items.onsale.get", ["app_key"] = TaobaoHarness.AppKey, ["session"] = session, ["format"] = "json", ["v"] = "2.0",
            ["sign_method"] = "hmac-sha256", ["fields"] = "num_iid,title",
            ["timestamp"] = harness.Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        };
        parameters["sign"] = Independent("hmac-sha256", TaobaoHarness.AppSecret, parameters);
        using var http = new HttpClient { BaseAddress = harness.Host.BaseUrl("Taobao") };

        using var response = await http.PostAsync(TaobaoHarness.Router, new FormUrlEncodedContent(parameters));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.True(body.TryGetProperty("items_onsale_get_response", out var answer), body.GetRawText());
        Assert.Equal(0, answer.GetProperty("total_results").GetInt32());
    }

    /// <summary>Written from the TOP docs without the connector's code: sort, concatenate, wrap or key, uppercase hex.</summary>
    private static string Independent(string method, string secret, IReadOnlyDictionary<string, string> parameters)
    {
        var text = new StringBuilder();
        foreach (var key in parameters.Keys.Where(k => k != "sign").Order(StringComparer.Ordinal))
        {
            text.Append(key).Append(parameters[key]);
        }

        var key8 = Encoding.UTF8.GetBytes(secret);
        var data = Encoding.UTF8.GetBytes(text.ToString());
#pragma warning disable CA5351 // TOP's md5 and hmac methods
        var hash = method switch
        {
            "md5" => MD5.HashData(Encoding.UTF8.GetBytes(secret + text + secret)),
            "hmac" => HMACMD5.HashData(key8, data),
            _ => HMACSHA256.HashData(key8, data),
        };
#pragma warning restore CA5351
        return string.Concat(hash.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
    }
}
