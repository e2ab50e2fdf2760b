using System.Security.Cryptography;
using CommerceHub.Customs.Consignments;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Features.Catalog;
using CommerceHub.HubApi.Features.Consignments.Routes;
using CommerceHub.HubApi.Features.Orders;
using CommerceHub.HubApi.Features.Warehouses;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using CommerceHub.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Consignments;

public sealed record ConsignmentLineInput(string? Sku, string? Name, string? HsCode, int Quantity, decimal UnitPriceCny, string? ItemRecordNo = null);

public sealed record BondedZoneInput(string? IacCode, string? IacName, string? EmsNo);

/// <summary>
/// A consignment from an imported order (<see cref="OrderId"/>; lines, HS codes and CNY prices come from the order and
/// the catalog) or, for B2B, from explicit <see cref="Lines"/> and <see cref="OrderNo"/>.
/// </summary>
public sealed record CreateConsignmentRequest(
    Guid? OrderId,
    string? OrderNo,
    IReadOnlyList<ConsignmentLineInput>? Lines,
    string? DestinationCountry,
    string? TransportMode,
    string? BuyerKind,
    string? WarehouseCode,
    string? BookingNo,
    BondedZoneInput? BondedZone,
    decimal? GrossWeightKg);

/// <summary>Creates the consignment, routes it to a warehouse and a mode, and starts its route.</summary>
public sealed class CreateConsignment(HubDbContext db, ICurrentUser user, IWorkflowRuntime runtime, IOptions<CustomsOptions> options,
    ConsignmentEvents events, TimeProvider clock)
{
    public async Task<Consignment> HandleAsync(CreateConsignmentRequest request, CancellationToken ct)
    {
        var merchantId = user.RequireMerchantId();
        var (country, transport, buyer) = Validate(request);
        var order = request.OrderId is { } orderId
            ? await db.Set<Order>().FirstOrDefaultAsync(o => o.Id == orderId, ct) ?? throw new NotFoundException($"Order {orderId} does not exist.")
            : null;
        var lines = order is null ? ExplicitLines(request.Lines!) : await OrderLinesAsync(order, ct);
        var warehouses = await db.Set<Warehouse>().AsNoTracking().ToListAsync(ct);
        var warehouse = ConsignmentRouting.ChooseWarehouse(warehouses, country, transport, request.WarehouseCode?.Trim().ToUpperInvariant());
        var now = clock.GetUtcNow();
        var consignment = new Consignment
        {
            MerchantId = merchantId,
            OrderId = order?.Id,
            OrderNo = order?.PlatformOrderId ?? request.OrderNo!.Trim(),
            CopNo = NewNumber("CH", now),
            ParcelNo = NewNumber(warehouse.Code, now),
            WarehouseCode = warehouse.Code,
            CustomsCode = warehouse.CustomsCode,
            DestinationCountry = country,
            TransportMode = transport,
            BuyerKind = buyer,
            RequestedWarehouse = request.WarehouseCode,
            BookingNo = request.BookingNo?.Trim(),
            BondedIacCode = request.BondedZone?.IacCode?.Trim(),
            BondedIacName = request.BondedZone?.IacName?.Trim(),
            BondedEmsNo = request.BondedZone?.EmsNo?.Trim(),
            GrossWeightKg = request.GrossWeightKg ?? Math.Max(0.1m, lines.Sum(l => l.Quantity) * 0.5m),
            Lines = lines,
            Mode = ConsignmentRouting.Broker,
            Stage = ConsignmentStage.AwaitingInbound,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var decision = ConsignmentRouting.Decide(consignment, options.Value);
        consignment.Mode = ConsignmentRouting.ModeName(decision);
        consignment.ModeReasons = [.. decision.Reasons];
        db.Add(consignment);
        db.Add(new ConsignmentTimelineRow
        {
            ConsignmentId = consignment.Id, At = now, Kind = "step", Step = "created",
            Text = $"Routed through {warehouse.Code} ({warehouse.CustomsCode}) by {transport} to {country}; mode {consignment.Mode}: {string.Join("; ", decision.Reasons)}",
        });
        await db.SaveChangesAsync(ct);

        // Started after the row exists: the route's first step reads it. The instance id is stored right after.
        var route = await runtime.StartAsync(ConsignmentRoutes.Name(consignment.Mode), new RouteInput(consignment.Id, consignment.CopNo, consignment.ParcelNo),
            consignment.Id.ToString(), ct);
        consignment.RouteInstanceId = route;
        await db.SaveChangesAsync(ct);
        await events.AnnounceAsync(consignment.Id, null, ct);
        return consignment;
    }

    private static (string Country, string Transport, BuyerKind Buyer) Validate(CreateConsignmentRequest r)
    {
        var v = new Validation();
        var country = r.DestinationCountry?.Trim().ToUpperInvariant() ?? "";
        var transport = r.TransportMode?.Trim().ToLowerInvariant() ?? "road";
        var buyer = BuyerKind.Consumer;
        v.Check(ConsignmentRouting.CustomsCountries.ContainsKey(country), "destinationCountry",
            $"must be one of {string.Join(", ", ConsignmentRouting.CustomsCountries.Keys)}.");
        v.Check(ConsignmentRouting.TrafModes.ContainsKey(transport), "transportMode", "must be road or rail.");
        v.Check(r.BuyerKind is null || (Enum.TryParse(r.BuyerKind, ignoreCase: true, out buyer) && Enum.IsDefined(buyer)), "buyerKind",
            $"must be one of {string.Join(", ", Enum.GetNames<BuyerKind>())}.");
        v.Check((r.OrderId is null) != (r.Lines is null), "orderId", "give either an imported order id or explicit lines, not both.");
        if (r.Lines is not null)
        {
            v.Required(r.OrderNo, "orderNo", 64);
            v.Check(r.Lines.Count is >= 1 and <= 100, "lines", "must have 1 to 100 lines.");
            for (var i = 0; i < r.Lines.Count; i++)
            {
                var line = r.Lines[i];
                v.Required(line.Sku, $"lines[{i}].sku", 64).Required(line.Name, $"lines[{i}].name", 250).Required(line.HsCode, $"lines[{i}].hsCode", 10)
                    .Check(line.Quantity is >= 1 and <= 1_000_000, $"lines[{i}].quantity", "must be between 1 and 1,000,000.")
                    .Check(line.UnitPriceCny is > 0 and < 100_000_000, $"lines[{i}].unitPriceCny", "must be positive.");
            }
        }

        v.Check(r.GrossWeightKg is null or > 0 and < 100_000, "grossWeightKg", "must be positive.");
        v.Check(r.BookingNo is null or { Length: <= 64 }, "bookingNo", "must be at most 64 characters.");
        v.Check(r.WarehouseCode is null or { Length: <= 16 }, "warehouseCode", "must be at most 16 characters.");
        v.ThrowIfInvalid();
        return (country, transport, buyer);
    }

    private static List<ConsignmentLine> ExplicitLines(IReadOnlyList<ConsignmentLineInput> lines) =>
        [.. lines.Select(l => new ConsignmentLine(l.Sku!.Trim(), l.Name!.Trim(), l.HsCode!.Trim(), l.Quantity, l.UnitPriceCny, l.ItemRecordNo?.Trim()))];

    /// <summary>The order's lines with the catalog's HS code and name, at the order's CNY value.</summary>
    private async Task<List<ConsignmentLine>> OrderLinesAsync(Order order, CancellationToken ct)
    {
        var skus = order.Lines.Select(l => l.Sku).ToList();
        var catalog = await db.Set<ProductVariant>().AsNoTracking().Where(v => skus.Contains(v.Sku))
            .Join(db.Set<Product>().AsNoTracking(), v => v.ProductId, p => p.Id, (v, p) => new { v.Sku, p.HsCode, p.Titles })
            .ToListAsync(ct);
        var rate = order.Total > 0 ? order.TotalCny / order.Total : 1m;
        return [.. order.Lines.Select(l =>
        {
            var product = catalog.FirstOrDefault(c => c.Sku == l.Sku);
            var name = product?.Titles.GetValueOrDefault("zh-CN") ?? l.Title;
            return new ConsignmentLine(l.Sku, name.Length > 250 ? name[..250] : name, product?.HsCode ?? "", l.Quantity, Math.Round(l.UnitPrice * rate, 2));
        })];
    }

    /// <summary>A number like CH2611231234567890: prefix, Beijing date, random digits (unique index behind it).</summary>
    private static string NewNumber(string prefix, DateTimeOffset now) =>
        prefix + Customs.Messages.Ceb.Date(now)[2..] + RandomNumberGenerator.GetInt32(0, 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
}
