using System.Globalization;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Webhooks;

namespace CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

/// <summary>
/// Releases receipts as the sandbox clock reaches their time (checked every 50 ms of real time, so moving the clock
/// releases them at once) and pushes each to the enterprise's registered URL through the shared webhook dispatcher,
/// which brings retries and the drop/duplicate faults. Polling sees them either way.
/// </summary>
public sealed class ReceiptDelivery(SingleWindowLedger ledger, WebhookDispatcher pushes, AppRegistry registry) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var receipt in ledger.TakeDue())
                {
                    // The enterprise's app is the one named after its DXP id; a single configured app takes everything.
                    var app = registry.FindApp(receipt.DxpId) ?? (registry.Apps.Count == 1 ? registry.Apps[0] : null);
                    if (app is not null)
                    {
                        pushes.Publish(app.AppId, receipt.CopCode, int.Parse(receipt.MessageType[3..], CultureInfo.InvariantCulture), receipt.Xml);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host is stopping; receipts not yet due stay in the ledger.
        }
    }
}
