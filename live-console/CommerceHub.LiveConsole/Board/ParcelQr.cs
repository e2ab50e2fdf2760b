using CommerceHub.HubApi.Contracts.Consignments;
using QRCoder;

namespace CommerceHub.LiveConsole.Board;

/// <summary>
/// The QR code on a parcel label, as inline SVG: crisp at any print size and drawn on the server, so the label page
/// needs no script. Error correction Q (25 %) survives a scuffed or partly covered label.
/// </summary>
public static class ParcelQr
{
    public static string Payload(ConsignmentSummary consignment) => ScanPayloads.ForParcel(consignment.CopNo, consignment.ParcelNo);

    public static string Svg(string payload)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.Q);
        return new SvgQRCode(data).GetGraphic(new System.Drawing.Size(256, 256), "#000000", "#ffffff", drawQuietZones: true,
            sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
