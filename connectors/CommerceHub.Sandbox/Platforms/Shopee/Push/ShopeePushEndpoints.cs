using System.Globalization;
using CommerceHub.Sandbox.Core.Webhooks;

namespace CommerceHub.Sandbox.Platforms.Shopee.Push;

internal sealed record ConfirmLostRequest(long? LastMessageId);

/// <summary>get_lost_push_message (earliest 100 lost in the last 3 days) and confirm_consumed_lost_push_message.</summary>
internal static class ShopeePushEndpoints
{
    private const int PageSize = 100;

    public static void Map(RouteGroupBuilder publicApi)
    {
        publicApi.MapGet("/push/get_lost_push_message", GetLost);
        publicApi.MapPost("/push/confirm_consumed_lost_push_message", ConfirmConsumed);
    }

    private static IResult GetLost(HttpContext http, PushLog log)
    {
        var caller = ShopeeCaller.From(http);
        var lost = log.Lost(caller.App.AppId, TimeSpan.FromDays(3));
        var page = lost.Take(PageSize).ToList();
        return ShopeeJson.Ok(new
        {
            PushMessageList = page.Select(r => new
            {
                ShopId = long.Parse(r.ShopId, CultureInfo.InvariantCulture),
                r.Code,
                Timestamp = r.CreatedAt.ToUnixTimeSeconds(),
                Data = r.Body,
            }),
            HasNextPage = lost.Count > PageSize,
            LastMessageId = page.Count > 0 ? page[^1].Id : 0,
        });
    }

    private static async Task<IResult> ConfirmConsumed(HttpContext http, PushLog log)
    {
        var caller = ShopeeCaller.From(http);
        var body = await ShopeeJson.ReadAsync<ConfirmLostRequest>(http.Request);
        if (body?.LastMessageId is not { } lastId)
        {
            return ShopeeJson.Error(ShopeeErrors.WrongParameters("last_message_id is required"));
        }

        log.ConfirmLost(caller.App.AppId, lastId);
        return ShopeeJson.Ok();
    }
}
