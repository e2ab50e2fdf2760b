using System.Text.Json.Serialization;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.LiveConsole.Auth;
using CommerceHub.LiveConsole.Hub;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Options;

namespace CommerceHub.LiveConsole.Board;

/// <summary>
/// One circuit's SignalR connection to the hub's warehouse hub, watching one warehouse. Every message is handed to the
/// page's <c>onMessage</c> callback, which applies it to its <see cref="WarehouseBoard"/> on the render thread.
/// </summary>
public sealed partial class WarehouseConnection(IOptions<HubOptions> hubOptions, HubAccess access, ILogger<WarehouseConnection> logger)
    : IAsyncDisposable
{
    private HubConnection? _connection;
    private string _warehouseCode = "";

    public HubConnectionState State => _connection?.State ?? HubConnectionState.Disconnected;

    /// <summary>Raised when <see cref="State"/> changes, so the page can show it.</summary>
    public event Func<Task>? StateChanged;

    public async Task<WarehouseBoardState> StartAsync(string warehouseCode, Func<Action<WarehouseBoard>, Task> onMessage, CancellationToken ct)
    {
        // Another warehouse on the same page: the old connection and its group go.
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _warehouseCode = warehouseCode;
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(hubOptions.Value.BaseUri, WarehouseGroups.HubPath.TrimStart('/')), o => o.AccessTokenProvider = () => access.AccessTokenAsync())
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .WithAutomaticReconnect()
            .Build();
        _connection.On<ConsignmentSummary, TimelineEntry?>(nameof(IWarehouseClient.ConsignmentChanged), (c, _) => onMessage(b => b.Apply(c)));
        _connection.On<IncidentView>(nameof(IWarehouseClient.IncidentChanged), i => onMessage(b => b.Apply(i)));
        _connection.Reconnecting += _ => RaiseStateChanged();
        _connection.Closed += _ => RaiseStateChanged();
        _connection.Reconnected += async _ =>
        {
            // Groups do not survive a reconnect: join again, and the fresh state covers what was missed.
            var state = await _connection.InvokeAsync<WarehouseBoardState>(nameof(IWarehouseHub.JoinWarehouse), _warehouseCode);
            await onMessage(b => b.Apply(state));
            await RaiseStateChanged();
        };
        await _connection.StartAsync(ct);
        var joined = await _connection.InvokeAsync<WarehouseBoardState>(nameof(IWarehouseHub.JoinWarehouse), warehouseCode, ct);
        LogJoined(logger, warehouseCode);
        return joined;
    }

    public Task<ScanResult> ScanAsync(ScanRequest request, CancellationToken ct = default) =>
        Connection.InvokeAsync<ScanResult>(nameof(IWarehouseHub.Scan), request, ct);

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private HubConnection Connection => _connection ?? throw new InvalidOperationException("The warehouse connection is not started.");

    private Task RaiseStateChanged() => StateChanged?.Invoke() ?? Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Board joined warehouse {WarehouseCode}")]
    private static partial void LogJoined(ILogger logger, string warehouseCode);
}
