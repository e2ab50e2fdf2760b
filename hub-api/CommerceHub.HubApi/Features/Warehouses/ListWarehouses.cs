using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Warehouses;

public static class ListWarehouses
{
    public sealed record WarehouseView(string Code, string Name, string City, string CustomsCode,
        IReadOnlyList<string> Destinations, IReadOnlyList<string> TransportModes, string? Notes);

    public static async Task<IReadOnlyList<WarehouseView>> Handle(HubDbContext db, CancellationToken ct) =>
        (await db.Warehouses.AsNoTracking().OrderBy(w => w.Code).ToListAsync(ct))
        .Select(w => new WarehouseView(w.Code, w.Name, w.City, w.CustomsCode, w.Destinations, w.TransportModes, w.Notes))
        .ToList();
}
