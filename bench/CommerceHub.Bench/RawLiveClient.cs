using System.Buffers;
using System.Buffers.Text;
using System.Net.WebSockets;
using System.Text;

namespace CommerceHub.Bench;

/// <summary>
/// A console connection cut down to its socket: the SignalR JSON protocol's handshake and JoinSession written by hand,
/// then every frame read and the stock update's on-hand figure picked out of it without binding the whole message.
/// It measures what a HubConnection measures (the update arriving at the client) for a fraction of the client's CPU,
/// which matters when 2,000 clients share two cores with the hub and redis-server they measure.
/// </summary>
internal sealed class RawLiveClient : IAsyncDisposable
{
    private const byte Separator = 0x1e;
    private static readonly byte[] StockTarget = "\"target\":\"StockChanged\""u8.ToArray();
    private static readonly byte[] OnHandField = "\"onHand\":"u8.ToArray();
    private static readonly byte[] JoinCompletion = "\"invocationId\":\"join\""u8.ToArray();
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");

    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<string?> _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<long> _onStock;
    private Task _receiving = Task.CompletedTask;
    private Task _pinging = Task.CompletedTask;

    private RawLiveClient(Action<long> onStock) => _onStock = onStock;

    /// <summary>Connects, joins the session and then calls <paramref name="onStock"/> with each StockChanged's on-hand figure.</summary>
    public static async Task<RawLiveClient> ConnectAsync(Uri hub, string token, Guid sessionId, Action<long> onStock)
    {
        var client = new RawLiveClient(onStock);
        var url = new UriBuilder(hub) { Scheme = "ws", Query = $"access_token={Uri.EscapeDataString(token)}" }.Uri;
        await client._socket.ConnectAsync(url, CancellationToken.None);
        await client.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"));
        client._receiving = client.ReceiveAsync();
        await client.SendAsync(Encoding.UTF8.GetBytes(
            $"{{\"type\":1,\"invocationId\":\"join\",\"target\":\"JoinSession\",\"arguments\":[\"{sessionId}\"]}}\u001e"));
        if (await client._joined.Task is { } error)
        {
            throw new InvalidOperationException($"JoinSession failed: {error}");
        }

        // The hub drops a client it has not heard from for 30 s.
        client._pinging = client.PingAsync();
        return client;
    }

    private async Task SendAsync(byte[] message) =>
        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);

    private async Task PingAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), _stop.Token);
                await SendAsync(Ping);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closing.
        }
    }

    private async Task ReceiveAsync()
    {
        var pending = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(pending.GetMemory(4096), _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                pending.Advance(result.Count);
                var consumed = Records(pending.WrittenSpan);
                if (consumed > 0)
                {
                    var rest = pending.WrittenSpan[consumed..].ToArray();
                    pending.ResetWrittenCount();
                    pending.Write(rest);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closing.
        }
        finally
        {
            _joined.TrySetResult("the connection closed");
        }
    }

    /// <summary>Handles every complete record; returns the bytes consumed.</summary>
    private int Records(ReadOnlySpan<byte> data)
    {
        var consumed = 0;
        int end;
        while ((end = data[consumed..].IndexOf(Separator)) >= 0)
        {
            var record = data.Slice(consumed, end);
            consumed += end + 1;
            if (record.IndexOf(StockTarget) >= 0)
            {
                var at = record.IndexOf(OnHandField);
                if (at >= 0 && Utf8Parser.TryParse(record[(at + OnHandField.Length)..], out long onHand, out _))
                {
                    _onStock(onHand);
                }
            }
            else if (record.IndexOf(JoinCompletion) >= 0)
            {
                _joined.TrySetResult(record.IndexOf("\"error\""u8) >= 0 ? Encoding.UTF8.GetString(record) : null);
            }
            else if (record.IndexOf("\"error\""u8) >= 0 && !_joined.Task.IsCompleted)
            {
                _joined.TrySetResult(Encoding.UTF8.GetString(record)); // A refused handshake or a close with an error.
            }
        }

        return consumed;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Already gone.
        }

        await _stop.CancelAsync();
        await Task.WhenAll(_receiving, _pinging);
        _socket.Dispose();
        _stop.Dispose();
    }
}
