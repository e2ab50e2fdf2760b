using System.Globalization;
using System.Text.RegularExpressions;
using CommerceHub.Customs.Consignments;

namespace CommerceHub.Customs.Modes;

/// <summary>The requirements the rule table is written from; each failure text names the value that failed.</summary>
public static partial class ModeRequirements
{
    /// <summary>Working cap per parcel (9610) or per shipment (9710/9810 lists) under GACC 公告2020年第75号.</summary>
    public const decimal ListValueCapCny = 5000m;

    /// <summary>A CEB603 list carries at most 100 goods lines.</summary>
    public const int MaxListLines = 100;

    public static ModeRequirement ValueCap(string per) => new(
        $"declared value at most {ListValueCapCny:N0} CNY {per}",
        c => c.ValueCny <= ListValueCapCny ? null : string.Create(CultureInfo.InvariantCulture, $"value {c.ValueCny:N2} CNY is above the {ListValueCapCny:N0} CNY cap {per}"));

    public static ModeRequirement NoLicence { get; } = new("no export licence needed", c => c.NeedsLicence ? "the goods need an export licence" : null);

    public static ModeRequirement NoInspection { get; } = new("no statutory inspection", c => c.NeedsInspection ? "the goods need statutory inspection" : null);

    public static ModeRequirement NoDuty { get; } = new("no export duty", c => c.DutyPayable ? "the goods carry export duty" : null);

    public static ModeRequirement HasLines { get; } = new(
        $"between 1 and {MaxListLines} goods lines",
        c => c.Lines.Count is >= 1 and <= MaxListLines ? null : $"{c.Lines.Count} goods lines (a list takes 1 to {MaxListLines})");

    public static ModeRequirement TenDigitHsCodes { get; } = new(
        "every line has a 10-digit HS code",
        c => c.Lines.FirstOrDefault(l => !TenDigits().IsMatch(l.HsCode)) is { } bad ? $"HS code '{bad.HsCode}' of item {bad.ItemNo} is not 10 digits" : null);

    public static ModeRequirement LeavesChina { get; } = new(
        "destination outside China",
        c => c.DestinationCountry == "142" ? "the destination is China (142)" : null);

    public static ModeRequirement WarehouseBooking { get; } = new(
        "overseas warehouse booking number given",
        c => string.IsNullOrWhiteSpace(c.OverseasWarehouseBooking) ? "no overseas warehouse booking number" : null);

    public static ModeRequirement BondedZoneFields { get; } = new(
        "bonded-zone fields given: zone enterprise code and name, account (emsNo), each line's account item number",
        BondedZoneFailure);

    private static string? BondedZoneFailure(Consignment c)
    {
        if (c.BondedZone is not { } zone || string.IsNullOrWhiteSpace(zone.IacCode) || string.IsNullOrWhiteSpace(zone.IacName) || string.IsNullOrWhiteSpace(zone.EmsNo))
        {
            return "bonded-zone enterprise (iacCode/iacName) or account number (emsNo) missing";
        }

        return c.Lines.FirstOrDefault(l => string.IsNullOrWhiteSpace(l.ItemRecordNo)) is { } line
            ? $"item {line.ItemNo} has no bonded account item number (itemRecordNo)"
            : null;
    }

    [GeneratedRegex("^[0-9]{10}$")]
    private static partial Regex TenDigits();
}
