namespace CommerceHub.HubApi.Contracts.Consignments;

/// <summary>The warehouse stations where a parcel (or a load) is scanned; each resumes the route's wait for that station.</summary>
public static class ScanStations
{
    /// <summary>Arrival at the border warehouse.</summary>
    public const string Inbound = "inbound";
    /// <summary>Picked, packed and labelled.</summary>
    public const string Pack = "pack";
    /// <summary>Put into a border-crossing load.</summary>
    public const string Load = "load";
    /// <summary>The load leaves across the border.</summary>
    public const string Depart = "depart";
    /// <summary>Handed to the foreign carrier.</summary>
    public const string Handover = "handover";
    /// <summary>The carrier reports delivery.</summary>
    public const string Deliver = "deliver";
    /// <summary>Customs inspection done at the warehouse.</summary>
    public const string Inspection = "inspection";

    /// <summary>Every station, in route order.</summary>
    public static IReadOnlyList<string> All { get; } = [Inbound, Pack, Inspection, Load, Depart, Handover, Deliver];
}

/// <summary>A scanner's (or the board's scan box's) reading.</summary>
/// <param name="WarehouseCode">The warehouse the scanner is in.</param>
/// <param name="Station">One of <see cref="ScanStations"/>.</param>
/// <param name="Payload">What the scanner read: a label's QR payload (<see cref="ScanPayloads"/>) or a bare parcel number.</param>
/// <param name="LoadRef">The truck, container or rail wagon, for load scans.</param>
/// <param name="ScanId">The scanner's own id for the reading, so a repeated upload is recognised.</param>
public sealed record ScanRequest(string WarehouseCode, string Station, string Payload, string? LoadRef = null, string? ScanId = null);

/// <summary>What a scan did.</summary>
/// <param name="Outcome">resumed, duplicate, parked (the route is not at that station yet), or unknown (no such parcel).</param>
/// <param name="ConsignmentId">The consignment the payload names, when known.</param>
/// <param name="ParcelNo">The parcel read.</param>
/// <param name="Message">Readable by the person at the scanner.</param>
public sealed record ScanResult(string Outcome, Guid? ConsignmentId, string? ParcelNo, string Message);

/// <summary>The payload printed as a QR code on a parcel label: <c>CHUB1|{copNo}|{parcelNo}</c>.</summary>
public static class ScanPayloads
{
    private const string Prefix = "CHUB1|";

    /// <summary>The label payload for a parcel.</summary>
    public static string ForParcel(string copNo, string parcelNo) => $"{Prefix}{copNo}|{parcelNo}";

    /// <summary>Reads a label payload or a bare parcel number (a barcode scanner reading the carrier's label).</summary>
    public static bool TryReadParcel(string payload, out string parcelNo)
    {
        parcelNo = "";
        var text = payload.Trim();
        if (text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var parts = text.Split('|');
            if (parts.Length != 3 || parts[2].Length == 0)
            {
                return false;
            }

            parcelNo = parts[2];
            return true;
        }

        if (text.Length is 0 or > 64 || text.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
        {
            return false;
        }

        parcelNo = text;
        return true;
    }
}
