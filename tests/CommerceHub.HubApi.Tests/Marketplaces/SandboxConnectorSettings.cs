extern alias sandbox;

using sandbox::CommerceHub.Sandbox.Hosting;

namespace CommerceHub.HubApi.Tests.Marketplaces;

/// <summary>
/// The hub's connector settings for an in-process sandbox: each platform's app credentials and the sandbox's addresses,
/// limits well above what a test sends, and retries short enough for tests.
/// </summary>
internal static class SandboxConnectorSettings
{
    /// <param name="sandbox">The running sandbox.</param>
    /// <param name="apps">Platform → the sandbox app's id and secret (Shopee, Lazada, TikTok, Tiki, Taobao).</param>
    /// <param name="publicBaseUrl">The hub's public address (consent callbacks, pushes).</param>
    public static Dictionary<string, string?> For(SandboxHost sandbox, IReadOnlyDictionary<string, (string App, string Secret)> apps, string publicBaseUrl)
    {
        string Url(string platform, string path = "/") => new Uri(sandbox.BaseUrl(platform), path).ToString();
        var settings = new Dictionary<string, string?>
        {
            ["Shops:PublicBaseUrl"] = publicBaseUrl,
            ["Connectors:Runtime:BaseDelay"] = "00:00:00.020",
            ["Connectors:Runtime:MaxDelay"] = "00:00:00.300",
            ["Connectors:Runtime:RateLimitPause"] = "00:00:00.300",
        };
        foreach (var (platform, (app, secret)) in apps)
        {
            var prefix = $"Connectors:{platform}:";
            settings[prefix + "ShopPermitsPerSecond"] = "1000";
            switch (platform)
            {
                case "Shopee":
                    (settings[prefix + "PartnerId"], settings[prefix + "PartnerKey"]) = (app, secret);
                    settings[prefix + "AppPermitsPerSecond"] = "1000";
                    settings[prefix + "BaseUrl"] = Url("Shopee");
                    break;
                case "Lazada":
                    (settings[prefix + "AppKey"], settings[prefix + "AppSecret"]) = (app, secret);
                    settings[prefix + "BaseUrl"] = Url("Lazada", "/rest");
                    settings[prefix + "AuthUrl"] = Url("Lazada", "/rest");
                    settings[prefix + "AuthorizeUrl"] = Url("Lazada", "/oauth/authorize");
                    settings[prefix + "ShopRegions:1000102"] = "TH";
                    break;
                case "TikTok":
                    (settings[prefix + "AppKey"], settings[prefix + "AppSecret"]) = (app, secret);
                    settings[prefix + "BaseUrl"] = Url("TikTok");
                    settings[prefix + "AuthBaseUrl"] = Url("TikTok");
                    break;
                case "Tiki":
                    settings.Remove(prefix + "ShopPermitsPerSecond");
                    (settings[prefix + "ClientId"], settings[prefix + "ClientSecret"]) = (app, secret);
                    settings[prefix + "BaseUrl"] = Url("Tiki");
                    settings[prefix + "RedirectUri"] = $"{publicBaseUrl}/api/shops/callback/tiki";
                    break;
                case "Taobao":
                    (settings[prefix + "AppKey"], settings[prefix + "AppSecret"]) = (app, secret);
                    settings[prefix + "BaseUrl"] = Url("Taobao", "/router/rest");
                    settings[prefix + "TokenUrl"] = Url("Taobao", "/token");
                    settings[prefix + "AuthorizeUrl"] = Url("Taobao", "/authorize");
                    break;
                default:
                    throw new ArgumentException($"No connector settings for {platform}.", nameof(apps));
            }
        }

        return settings;
    }
}
