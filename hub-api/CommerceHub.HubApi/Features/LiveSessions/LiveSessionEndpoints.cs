using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Http;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>REST for live sessions; the commands are the hub's, so both ways behave the same.</summary>
public static class LiveSessionEndpoints
{
    public static async Task<Created<LiveSessionView>> Schedule(ScheduleLiveSessionRequest input, LiveSessionCommands sessions, CancellationToken ct)
    {
        var view = await sessions.ScheduleAsync(input, ct);
        return TypedResults.Created(LiveRoutes.Session(view.Id), view);
    }

    public static async Task<Page<LiveSessionView>> List([AsParameters] PageQuery page, string? status, HubDbContext db,
        LiveStateReader reader, CancellationToken ct)
    {
        var filter = LiveSessionStatus.Scheduled;
        new Validation().Check(status is null || (Enum.TryParse(status, ignoreCase: true, out filter) && Enum.IsDefined(filter)),
            "status", "must be Scheduled, Live or Ended.").ThrowIfInvalid();
        var query = db.Set<LiveSession>().AsNoTracking();
        if (status is not null)
        {
            query = query.Where(s => s.Status == filter);
        }

        var sessions = await query.OrderByDescending(s => s.ScheduledStart).ToPageAsync(page, ct);
        var views = new List<LiveSessionView>(sessions.Items.Count);
        foreach (var session in sessions.Items)
        {
            views.Add(await reader.ViewAsync(session, ct));
        }

        return new Page<LiveSessionView>(views, sessions.PageNumber, sessions.PageSize, sessions.Total);
    }

    public static Task<LiveSessionView> Get(Guid id, LiveSessionCommands sessions, CancellationToken ct) => sessions.GetAsync(id, ct);

    public static Task<LiveSessionState> State(Guid id, LiveSessionCommands sessions, CancellationToken ct) => sessions.StateAsync(id, ct);

    public static Task<LiveSessionView> SetLineup(Guid id, SetLineupRequest input, LiveSessionCommands sessions, CancellationToken ct) =>
        sessions.SetLineupAsync(id, input, ct);

    public static Task<LiveSessionView> Start(Guid id, LiveSessionCommands sessions, CancellationToken ct) => sessions.StartAsync(id, ct);

    public static Task<LiveSessionView> End(Guid id, LiveSessionCommands sessions, CancellationToken ct) => sessions.EndAsync(id, ct);

    public static Task<LivePin> Pin(Guid id, PinProductRequest input, LiveSessionCommands sessions, CancellationToken ct) =>
        sessions.PinAsync(id, input?.Sku, ct);

    public static async Task<Created<FlashSaleState>> StartFlashSale(Guid id, StartFlashSaleRequest input, FlashSaleCommands sales, CancellationToken ct)
    {
        var state = await sales.StartAsync(id, input, ct);
        return TypedResults.Created(LiveRoutes.FlashSales(id) + "/" + state.FlashSaleId, state);
    }

    public static Task<FlashSaleState> EndFlashSale(Guid id, Guid saleId, FlashSaleCommands sales, CancellationToken ct) =>
        sales.EndAsync(id, saleId, ct);

    public static async Task<LiveSessionSummary> Summary(Guid id, LiveSessionCommands sessions, HubDbContext db, CancellationToken ct) =>
        await LiveSummary.BuildAsync(db, await sessions.FindAsync(id, ct), ct);
}
