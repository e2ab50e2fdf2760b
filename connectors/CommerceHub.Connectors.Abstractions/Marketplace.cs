namespace CommerceHub.Connectors.Abstractions;

/// <summary>The platforms the hub connects to; the DI key of every connector capability.</summary>
public enum Marketplace
{
    /// <summary>Shopee Open Platform v2.</summary>
    Shopee,

    /// <summary>Lazada Open Platform.</summary>
    Lazada,

    /// <summary>Tiki Open API (Vietnam).</summary>
    Tiki,

    /// <summary>TikTok Shop Partner API.</summary>
    TikTokShop,

    /// <summary>JD open API.</summary>
    JD,

    /// <summary>Taobao / Tmall open platform.</summary>
    Taobao,

    /// <summary>Douyin Shop open platform.</summary>
    Douyin,
}
