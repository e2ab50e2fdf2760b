using System.Net.Http.Headers;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Faults;
using CommerceHub.Sandbox.Core.Orders;
using CommerceHub.Sandbox.Core.Tokens;
using CommerceHub.Sandbox.Core.Webhooks;
using CommerceHub.Sandbox.Hosting;

namespace CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

/// <summary>
/// China Customs' international trade single window for cross-border e-commerce export, as far as an enterprise sees
/// it: CEB messages in, receipts out after a while. Default port 5110. Apps are enterprises, keyed by their DXP id.
/// </summary>
public sealed class CustomsSingleWindowPlatform : ISandboxPlatform
{
    public string Name => "CustomsSingleWindow";

    public int DefaultPort => SingleWindowAssumptions.DefaultPort;

    /// <summary>The single window issues no tokens; the shared token store still needs a policy.</summary>
    public TokenPolicy TokenPolicy { get; } = new(TimeSpan.FromMinutes(5), TimeSpan.FromHours(2), TimeSpan.FromDays(30), TimeSpan.Zero);

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IConfiguration>().GetSection(SingleWindowSettings.Section).Get<SingleWindowSettings>() ?? new SingleWindowSettings();
            var problems = settings.Problems();
            return problems.Count == 0
                ? new SingleWindowLedger(sp.GetRequiredService<SandboxClock>(), settings)
                : throw new InvalidOperationException($"{SingleWindowSettings.Section}: {string.Join("; ", problems)}");
        });
        services.AddHostedService<ReceiptDelivery>();
        services.AddSingleton<ISandboxMarket, NoMarket>();
        services.AddSingleton<IWebhookSigner, XmlReceipts>();
        services.AddSingleton<IFaultResponses, BusyResponses>();
    }

    public void MapEndpoints(WebApplication app)
    {
        // Resolving the ledger here makes bad settings fail the start, not the first message.
        app.Services.GetRequiredService<SingleWindowLedger>();
        SingleWindowEndpoints.Map(app);
        SingleWindowAdminEndpoints.Map(app);
    }

    /// <summary>Receipts are XML; the shared dispatcher writes JSON content, so the type is corrected here.</summary>
    private sealed class XmlReceipts : IWebhookSigner
    {
        public void Sign(HttpRequestMessage request, SandboxApp app, string url, string body)
        {
            request.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/xml") { CharSet = "utf-8" }; // The dispatcher always sends a body.
        }
    }

    private sealed class BusyResponses : IFaultResponses
    {
        public IResult ServerError() => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Single window busy", detail: "Simulated outage; send the message again with the same guid.");
    }

    /// <summary>Customs sells nothing: the shared order and campaign admin calls find no stock here.</summary>
    private sealed class NoMarket : ISandboxMarket
    {
        public IReadOnlyList<string> StatusFlow => [];

        public IReadOnlyList<SellableSku> Sellable(string shopId) => [];

        public string? TryPlaceOrder(string shopId, SellableSku sku, int quantity) => null;

        public bool TryMoveOrder(string shopId, string orderId, string status) => false;

        public string? OrderStatus(string shopId, string orderId) => null;

        public object? InspectShop(string shopId) => null;

        public bool LockCampaignStock(string shopId, string itemId, string? modelId, int quantity) => false;

        public void ReturnCampaignStock(string shopId, string itemId, string? modelId, int quantity)
        {
        }
    }
}
