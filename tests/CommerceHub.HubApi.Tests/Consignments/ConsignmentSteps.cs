using System.Net;
using System.Net.Http.Json;
using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.HubApi.Tests.Infrastructure;
using CommerceHub.HubApi.Tests.Stock;

namespace CommerceHub.HubApi.Tests.Consignments;

/// <summary>Creating consignments, scanning them along and waiting for their stages, as staff and merchants do over HTTP.</summary>
public static class ConsignmentSteps
{
    /// <summary>A fresh SKU with stock in <paramref name="warehouse"/>, and a consignment of 2 units of it.</summary>
    public static async Task<(ConsignmentDetail Detail, string Sku)> CreateAsync(HubClient admin, string buyerKind = "Consumer", string country = "VN",
        string transport = "road", string? warehouse = null, string hsCode = "0902301000", string? bookingNo = null, object? bondedZone = null,
        string? itemRecordNo = null, decimal unitPriceCny = 150m)
    {
        var sku = await StockSteps.NewSkuAsync(admin);
        await StockSteps.ReceiveAsync(admin, sku, 100, warehouse ?? "PXG");
        var response = await admin.PostAsync("/api/consignments", new
        {
            orderNo = "B2B-" + Guid.NewGuid().ToString("N")[..10],
            lines = new[] { new { sku, name = "普洱茶", hsCode, quantity = 2, unitPriceCny, itemRecordNo } },
            destinationCountry = country,
            transportMode = transport,
            buyerKind,
            warehouseCode = warehouse,
            bookingNo,
            bondedZone,
        });
        await HubClient.EnsureAsync(response, HttpStatusCode.Created);
        return ((await response.Content.ReadFromJsonAsync<ConsignmentDetail>(HubClient.Json))!, sku);
    }

    public static Task<ConsignmentDetail> GetAsync(HubClient client, Guid id) => client.GetAsync<ConsignmentDetail>($"/api/consignments/{id}");

    /// <summary>Polls the consignment until it reaches <paramref name="stage"/> (30 s at most).</summary>
    public static async Task<ConsignmentDetail> WaitForAsync(HubClient client, Guid id, ConsignmentStage stage, string? timelineText = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var detail = await GetAsync(client, id);
            if (detail.Summary.Stage == stage && (timelineText is null || detail.Timeline.Any(t => t.Text.Contains(timelineText, StringComparison.Ordinal))))
            {
                return detail;
            }

            Assert.True(DateTime.UtcNow < deadline,
                $"{detail.Summary.CopNo} is {detail.Summary.Stage} ({detail.Summary.SubStatus}), not {stage}; timeline: {string.Join(" | ", detail.Timeline.Select(t => t.Text))}");
            await Task.Delay(100);
        }
    }

    public static async Task<ScanResult> ScanAsync(HubClient client, ConsignmentDetail consignment, string station, string? loadRef = null, string? scanId = null)
    {
        var response = await client.PostAsync("/api/scans", new ScanRequest(consignment.Summary.WarehouseCode, station,
            ScanPayloads.ForParcel(consignment.Summary.CopNo, consignment.Summary.ParcelNo), loadRef, scanId));
        await HubClient.EnsureAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ScanResult>(HubClient.Json))!;
    }

    /// <summary>Scans the parcel at the station once the route waits there (the scan is resumed, not parked).</summary>
    public static async Task ScanWhenAsync(HubClient client, ConsignmentDetail consignment, ConsignmentStage waitingStage, string station, string? loadRef = null)
    {
        await WaitForAsync(client, consignment.Summary.Id, waitingStage, $"Waiting for the {station} scan.");
        var result = await ScanAsync(client, consignment, station, loadRef);
        Assert.Equal("resumed", result.Outcome);
    }

    /// <summary>Inbound and pack scans: the route then declares the list.</summary>
    public static async Task InboundAndPackAsync(HubClient staff, ConsignmentDetail consignment)
    {
        await ScanWhenAsync(staff, consignment, ConsignmentStage.AwaitingInbound, ScanStations.Inbound);
        await ScanWhenAsync(staff, consignment, ConsignmentStage.InWarehouse, ScanStations.Pack);
    }

    /// <summary>From released to delivered: load, depart, (customs closes the list), handover, deliver.</summary>
    public static async Task<ConsignmentDetail> ShipAsync(HubClient staff, ConsignmentDetail consignment)
    {
        await ScanWhenAsync(staff, consignment, ConsignmentStage.Released, ScanStations.Load, "TRUCK-" + consignment.Summary.WarehouseCode + "-01");
        await ScanWhenAsync(staff, consignment, ConsignmentStage.Loaded, ScanStations.Depart);
        await ScanWhenAsync(staff, consignment, ConsignmentStage.Departed, ScanStations.Handover);
        await ScanWhenAsync(staff, consignment, ConsignmentStage.HandedOver, ScanStations.Deliver);
        return await WaitForAsync(staff, consignment.Summary.Id, ConsignmentStage.Delivered);
    }
}
