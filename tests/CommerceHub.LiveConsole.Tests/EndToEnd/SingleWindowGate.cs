using System.Net;

namespace CommerceHub.LiveConsole.Tests.EndToEnd;

/// <summary>
/// Sits between the hub and the single-window simulator. Closed, it answers every call with 503, as the single window
/// does during an outage: the hub's declare step faults into an incident that staff retry from the board.
/// </summary>
public sealed class SingleWindowGate
{
    private volatile bool _closed;

    public void Close() => _closed = true;

    public void Open() => _closed = false;

    public DelegatingHandler Handler() => new GateHandler(this);

    private sealed class GateHandler(SingleWindowGate gate) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            gate._closed && request.Method == HttpMethod.Post
                ? Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request })
                : base.SendAsync(request, cancellationToken);
    }
}
