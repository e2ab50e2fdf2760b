using System.Text;
using System.Threading.Channels;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Core.Faults;
using CommerceHub.Sandbox.Hosting;

namespace CommerceHub.Sandbox.Core.Webhooks;

/// <summary>
/// Sends pushes to the app's callback URL, signed the platform's way. A receiver must answer 2xx; anything else is
/// retried with exponential backoff. First attempts go out in order; retries run on their own so one slow receiver
/// answer does not hold back later messages. Drop, duplicate and out-of-order faults apply here.
/// </summary>
public sealed class WebhookDispatcher(
    AppRegistry registry,
    PushLog log,
    FaultInjector faults,
    IWebhookSigner signer,
    PlatformContext context,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private readonly Channel<PushRecord> queue = Channel.CreateUnbounded<PushRecord>();
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromMilliseconds(context.Options.Webhooks.TimeoutMs) };

    private WebhookOptions Options => context.Options.Webhooks;

    public PushRecord Publish(string appId, string shopId, int code, string body)
    {
        var url = registry.FindApp(appId)?.CallbackUrl;
        var record = log.Add(appId, shopId, code, url, body);
        if (url is null)
        {
            record.Finish(PushState.NoCallback);
            return record;
        }

        var settings = faults.Current;
        if (FaultInjector.Roll(settings.WebhookDropRate))
        {
            record.Finish(PushState.Dropped);
            return record;
        }

        queue.Writer.TryWrite(record);
        if (FaultInjector.Roll(settings.WebhookDuplicateRate))
        {
            queue.Writer.TryWrite(log.Add(appId, shopId, code, url, body, duplicateOf: record.Id));
        }

        return record;
    }

    public override void Dispose()
    {
        http.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                var reorder = faults.Current.WebhookOutOfOrder;
                if (reorder)
                {
                    // Gather what arrives in the window, then send newest first.
                    await Task.Delay(Options.ReorderWindowMs, stoppingToken);
                }

                var batch = new List<PushRecord>();
                while (queue.Reader.TryRead(out var record))
                {
                    batch.Add(record);
                }

                if (reorder)
                {
                    batch.Reverse();
                }

                foreach (var record in batch)
                {
                    await DeliverAsync(record, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host is stopping; undelivered pushes stay Pending in the log.
        }
    }

    private async Task DeliverAsync(PushRecord record, CancellationToken stoppingToken)
    {
        var attempt = record.BeginAttempt();
        var (ok, status, error) = await SendAsync(record, stoppingToken);
        if (ok)
        {
            record.Finish(PushState.Delivered, status);
            return;
        }

        if (attempt >= Options.MaxAttempts)
        {
            record.Finish(PushState.Failed, status, error);
            Log.PushGaveUp(logger, context.Name, record.ShopId, record.Id, attempt);
            return;
        }

        record.Finish(PushState.Pending, status, error);
        var delay = Options.FirstRetryDelayMs * Math.Pow(Options.BackoffFactor, attempt - 1);
        _ = RetryLaterAsync(record, TimeSpan.FromMilliseconds(delay), stoppingToken);
    }

    private async Task RetryLaterAsync(PushRecord record, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
            await DeliverAsync(record, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host is stopping.
        }
    }

    private async Task<(bool Ok, int? Status, string? Error)> SendAsync(PushRecord record, CancellationToken stoppingToken)
    {
        var app = registry.FindApp(record.AppId);
        if (app is null || record.Url is null)
        {
            return (false, null, "app or callback URL removed");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, record.Url)
        {
            Content = new StringContent(record.Body, Encoding.UTF8, "application/json"),
        };
        signer.Sign(request, app, record.Url, record.Body);
        try
        {
            using var response = await http.SendAsync(request, stoppingToken);
            return (response.IsSuccessStatusCode, (int)response.StatusCode, null);
        }
        catch (Exception ex) when ((ex is HttpRequestException or TaskCanceledException) && !stoppingToken.IsCancellationRequested)
        {
            Log.PushFailed(logger, context.Name, record.ShopId, record.Id, ex.GetType().Name);
            return (false, null, ex.GetType().Name);
        }
    }
}
