namespace CommerceHub.Sandbox.Core.Webhooks;

public enum PushState
{
    Pending,
    Delivered,
    Failed,
    Dropped,
    NoCallback,
}

public sealed record PushView(
    long Id,
    string AppId,
    string ShopId,
    int Code,
    string? Url,
    string Body,
    PushState State,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    long? DuplicateOf,
    bool Confirmed,
    DateTimeOffset CreatedAt);

/// <summary>One push message and its delivery history; state changes happen under its own lock.</summary>
public sealed class PushRecord(long id, string appId, string shopId, int code, string? url, string body, DateTimeOffset createdAt, long? duplicateOf)
{
    private readonly Lock gate = new();
    private PushState state = PushState.Pending;
    private int attempts;
    private int? lastStatusCode;
    private string? lastError;

    public long Id { get; } = id;

    public string AppId { get; } = appId;

    public string ShopId { get; } = shopId;

    public int Code { get; } = code;

    public string? Url { get; } = url;

    public string Body { get; } = body;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public bool Confirmed { get; set; }

    public PushState State
    {
        get { lock (gate) { return state; } }
    }

    /// <summary>Lost messages are the ones the platform could not deliver; Shopee serves them through get_lost_push_message.</summary>
    public bool IsLost => (State is PushState.Failed or PushState.Dropped or PushState.NoCallback) && duplicateOf is null;

    public int BeginAttempt()
    {
        lock (gate) { return ++attempts; }
    }

    public void Finish(PushState newState, int? statusCode = null, string? error = null)
    {
        lock (gate)
        {
            state = newState;
            lastStatusCode = statusCode ?? lastStatusCode;
            lastError = error;
        }
    }

    public PushView View()
    {
        lock (gate)
        {
            return new PushView(Id, AppId, ShopId, Code, Url, Body, state, attempts, lastStatusCode, lastError, duplicateOf, Confirmed, CreatedAt);
        }
    }
}
