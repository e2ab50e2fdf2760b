using CommerceHub.Sandbox.Core.Tokens;

namespace CommerceHub.Sandbox.Hosting;

/// <summary>
/// One marketplace's local copy of its seller API. Each platform lives in Platforms/&lt;Name&gt;/ and is listed in
/// <see cref="PlatformCatalog"/>. The host gives every platform its own Kestrel app, so routes never clash.
/// </summary>
public interface ISandboxPlatform
{
    string Name { get; }

    int DefaultPort { get; }

    TokenPolicy TokenPolicy { get; }

    /// <summary>Must register <c>ISandboxMarket</c>, <c>IWebhookSigner</c> and <c>IFaultResponses</c>.</summary>
    void AddServices(IServiceCollection services);

    void MapEndpoints(WebApplication app);
}
