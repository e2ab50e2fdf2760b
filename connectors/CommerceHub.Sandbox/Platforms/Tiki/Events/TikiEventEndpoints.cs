namespace CommerceHub.Sandbox.Platforms.Tiki.Events;

internal sealed record TikiQueueRequest(string? Name);

internal sealed record TikiSubscriptionRequest(string? EventType);

internal sealed record TikiPullRequest(string? AckId);

/// <summary>Create a queue (app token), subscribe a seller's events to it (seller token), pull with the last ack_id.</summary>
internal static class TikiEventEndpoints
{
    public static void Map(RouteGroupBuilder appApi, RouteGroupBuilder sellerApi, RouteGroupBuilder eitherApi)
    {
        appApi.MapPost("/integration/v1/queues", CreateAsync);
        sellerApi.MapPost("/integration/v1/queues/{code}/subscriptions", SubscribeAsync);
        eitherApi.MapPost(TikiAssumptions.PullPath, PullAsync);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, TikiEventHub hub)
    {
        var caller = TikiCaller.From(http);
        var body = await TikiJson.ReadAsync<TikiQueueRequest>(http.Request);
        if (body?.Name is not { Length: > 0 } name)
        {
            return TikiJson.Error(TikiErrors.Invalid("name is required"));
        }

        var queue = hub.Create(caller.App.AppId, name);
        return TikiJson.Ok(View(queue));
    }

    private static async Task<IResult> SubscribeAsync(string code, HttpContext http, TikiEventHub hub)
    {
        var caller = TikiCaller.From(http);
        var body = await TikiJson.ReadAsync<TikiSubscriptionRequest>(http.Request);
        if (body?.EventType is not { } type || !TikiEventHub.EventTypes.Contains(type))
        {
            return TikiJson.Error(TikiErrors.Invalid($"event_type must be one of {string.Join(", ", TikiEventHub.EventTypes)}"));
        }

        if (hub.Find(caller.App.AppId, code) is not { } queue)
        {
            return TikiJson.Error(TikiErrors.QueueNotFound);
        }

        lock (queue.Gate)
        {
            queue.Subscriptions.Add((caller.Seller, type));
        }

        return TikiJson.Ok(new { queue_code = queue.Code, event_type = type, seller_id = caller.Seller });
    }

    private static async Task<IResult> PullAsync(string code, HttpContext http, TikiEventHub hub)
    {
        var caller = TikiCaller.From(http);
        var body = await TikiJson.ReadAsync<TikiPullRequest>(http.Request);
        if (body is null)
        {
            return TikiJson.Error(TikiErrors.Invalid("the body must be {\"ack_id\": <last ack_id or null>}"));
        }

        if (hub.Find(caller.App.AppId, code) is not { } queue)
        {
            return TikiJson.Error(TikiErrors.QueueNotFound);
        }

        if (queue.Pull(body.AckId) is not { } batch)
        {
            return TikiJson.Error(TikiErrors.Invalid("ack_id is unknown"));
        }

        return TikiJson.Ok(new
        {
            events = batch.Events.Select(e => new { e.Id, e.Sid, e.CreatedAt, e.Type, e.Version, e.Payload }),
            ack_id = batch.AckId,
        });
    }

    public static object View(TikiQueue queue) => new { queue.Code, queue.Name, Status = "active", CreatedAt = TikiJson.Date(queue.CreatedAt) };

    public static object Inspect(TikiQueue queue)
    {
        lock (queue.Gate)
        {
            return new
            {
                queue.Code,
                queue.Name,
                queue.AppId,
                Subscriptions = queue.Subscriptions.Select(s => new { s.SellerId, s.Type }).ToList(),
                queue.Committed,
                Total = queue.Events.Count,
            };
        }
    }
}
