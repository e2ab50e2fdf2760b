using CommerceHub.Sandbox.Platforms.CustomsSingleWindow;
using CommerceHub.Sandbox.Platforms.Douyin;
using CommerceHub.Sandbox.Platforms.JD;
using CommerceHub.Sandbox.Platforms.Lazada;
using CommerceHub.Sandbox.Platforms.Shopee;
using CommerceHub.Sandbox.Platforms.Taobao;
using CommerceHub.Sandbox.Platforms.Tiki;
using CommerceHub.Sandbox.Platforms.TikTok;

namespace CommerceHub.Sandbox.Hosting;

/// <summary>Every platform the sandbox can serve; add a new one here after creating its folder.</summary>
public static class PlatformCatalog
{
    public static IReadOnlyList<ISandboxPlatform> All { get; } =
        [new ShopeePlatform(), new LazadaPlatform(), new TikTokPlatform(), new TikiPlatform(), new JDPlatform(), new TaobaoPlatform(), new DouyinPlatform(), new CustomsSingleWindowPlatform()];
}
