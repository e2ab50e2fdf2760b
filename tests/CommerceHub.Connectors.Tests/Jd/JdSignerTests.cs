using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommerceHub.Connectors.Jd;
using CommerceHub.Connectors.Tests.Shared;
using CommerceHub.Testing;

namespace CommerceHub.Connectors.Tests.Jd;

public sealed class JdSignerTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public void Sign_GoldenVectorG6_MatchesJosDoc()
    {
        var parameters = new Dictionary<string, string>
        {
            ["360buy_param_json"] = """{"end_date":null,"optional_fields":null,"order_state":"WAIT_SELLER_STOCK_OUT","page":"1","page_size":"200","start_date":null}""",
            ["access_token"] = "yourtoken", ["app_key"] = "yourappkey", ["method"] = "jingdong.pop.order.search",
            ["timestamp"] = "2021-05-07 09:20:39.683+0800", ["v"] = "2.0", ["format"] = "json", ["sign_method"] = "md5",
        };

        Assert.Equal("D70825340F4084360B9362B60DFD7930", JdSigner.Sign("yourappSecret", JdSigner.BaseString(parameters)));
    }

    [Fact]
    public void Timestamp_AnyClock_BeijingTime()
    {
        Assert.Equal("2026-11-24 00:30:05", JdSigner.Timestamp(new FixedClock(new DateTimeOffset(2026, 11, 23, 16, 30, 5, TimeSpan.Zero))));
    }

    [Fact]
    public async Task Router_RequestSignedIndependentlyWithChineseJson_AcceptedBySandbox()
    {
        await using var harness = await JdHarness.StartAsync(redis);
        var shop = await harness.AuthorizeAsync(harness.Node());
        var (_, skuId) = await harness.AddSkuAsync();
        var parameters = new Dictionary<string, string>
        {
            ["method"] = "jingdong.price.write.updateSkuJdPrice", ["app_key"] = JdHarness.AppKey, ["v"] = "2.0",
            ["access_token"] = (await harness.Store.GetAsync(shop))!.AccessToken,
            ["timestamp"] = harness.Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["360buy_param_json"] = $$"""{"jdPrice":"45.50","note":"白俄罗斯奶粉","skuId":"{{skuId}}"}""",
        };
        parameters["sign"] = Independent(JdHarness.AppSecret, parameters);
        using var http = new HttpClient { BaseAddress = harness.Host.BaseUrl("JD") };

        using var response = await http.PostAsync(JdHarness.Router, new FormUrlEncodedContent(parameters));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.True(body.TryGetProperty("jingdong_price_write_updateSkuJdPrice_responce", out var answer), body.GetRawText());
        Assert.True(answer.GetProperty("success").GetBoolean());
        Assert.Equal("45.50", Assert.Single(await harness.SkusAsync()).GetProperty("jdPrice").GetString());
    }

    /// <summary>Written from the JOS docs without the connector's code.</summary>
    private static string Independent(string secret, IReadOnlyDictionary<string, string> parameters)
    {
        var text = new StringBuilder(secret);
        foreach (var key in parameters.Keys.Where(k => k is not ("sign" or "format" or "sign_method")).Order(StringComparer.Ordinal))
        {
            text.Append(key).Append(parameters[key]);
        }

#pragma warning disable CA5351 // JOS's md5 sign
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(text.Append(secret).ToString()));
#pragma warning restore CA5351
        return string.Concat(hash.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
    }
}
