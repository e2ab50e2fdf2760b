using System.Text.Json.Serialization;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.LiveConsole.Auth;
using CommerceHub.LiveConsole.Hub;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Options;

namespace CommerceHub.LiveConsole.Live;

/// <summary>
/// One circuit's SignalR connection to the hub's live hub, watching one session. Every message is handed to the
/// page's <c>onMessage</c> callback, which applies it to its <see cref="LiveBoard"/> on the render thread.
/// </summary>
public sealed partial class LiveConnection(IOptions<HubOptions> hubOptions, HubAccess access, ILogger<LiveConnection> logger) : IAsyncDisposable
{
    private HubConnection? _connection;
    private Guid _sessionId;

    public HubConnectionState State => _connection?.State ?? HubConnectionState.Disconnected;

    /// <summary>Raised when <see cref="State"/> changes, so the page can show it.</summary>
    public event Func<Task>? StateChanged;

    public async Task<LiveSessionState> StartAsync(Guid sessionId, Func<Action<LiveBoard>, Task> onMessage, CancellationToken ct)
    {
        _sessionId = sessionId;
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(hubOptions.Value.BaseUri, LiveGroups.HubPath.TrimStart('/')), o => o.AccessTokenProvider = () => access.AccessTokenAsync())
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .WithAutomaticReconnect()
            .Build();
        _connection.On<LiveSessionState>(nameof(ILiveClient.SessionState), m => onMessage(b => b.Apply(m)));
        _connection.On<LiveStock>(nameof(ILiveClient.StockChanged), m => onMessage(b => b.Apply(m)));
        _connection.On<LiveOrderTick>(nameof(ILiveClient.OrderTicker), m => onMessage(b => b.Apply(m)));
        _connection.On<LiveCounters>(nameof(ILiveClient.CountersChanged), m => onMessage(b => b.Apply(m)));
        _connection.On<LivePin>(nameof(ILiveClient.ProductPinned), m => onMessage(b => b.Apply(m)));
        _connection.On<FlashSaleState>(nameof(ILiveClient.FlashSaleChanged), m => onMessage(b => b.Apply(m)));
        _connection.On<LiveAlert>(nameof(ILiveClient.Alert), m => onMessage(b => b.Apply(m)));
        _connection.Reconnecting += _ => RaiseStateChanged();
        _connection.Closed += _ => RaiseStateChanged();
        _connection.Reconnected += async _ =>
        {
            // Groups do not survive a reconnect: join again, and the fresh state covers what was missed.
            var state = await _connection.InvokeAsync<LiveSessionState>(nameof(ILiveHub.JoinSession), _sessionId);
            await onMessage(b => b.Apply(state));
            await RaiseStateChanged();
        };
        await _connection.StartAsync(ct);
        LogJoined(logger, sessionId);
        return await _connection.InvokeAsync<LiveSessionState>(nameof(ILiveHub.JoinSession), sessionId, ct);
    }

    public Task<LivePin> PinAsync(string? sku, CancellationToken ct = default) =>
        Connection.InvokeAsync<LivePin>(nameof(ILiveHub.PinProduct), _sessionId, sku, ct);

    public Task<FlashSaleState> StartFlashSaleAsync(StartFlashSaleRequest request, CancellationToken ct = default) =>
        Connection.InvokeAsync<FlashSaleState>(nameof(ILiveHub.StartFlashSale), _sessionId, request, ct);

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private HubConnection Connection => _connection ?? throw new InvalidOperationException("The live connection is not started.");

    private Task RaiseStateChanged() => StateChanged?.Invoke() ?? Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Console joined live session {SessionId}")]
    private static partial void LogJoined(ILogger logger, Guid sessionId);
}
