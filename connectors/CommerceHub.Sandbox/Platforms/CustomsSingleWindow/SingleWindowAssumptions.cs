namespace CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

/// <summary>
/// Where the simulator guesses, because the customs notes (../shared/specs/customs.md) do not say:
/// <list type="bullet">
/// <item>Transport. Real enterprises send CEB messages through the e-port client's DXP transfer (a DxpMsg envelope with
/// the signed message in base64), not over HTTP. Here: POST the CEB XML itself to /ceb/messages; receipts come by
/// polling GET /ceb/receipts?after=N or as an XML POST to the URL registered with PUT /__admin/webhook.</item>
/// <item>CEB900 is not in the published 2022-05 schema. Its MessageReturn (guid, returnStatus, returnTime, returnInfo)
/// follows public client code; returnStatus -1 is a guess.</item>
/// <item>Every record first gets returnStatus 2 (declared), as public mock receipts do; timings are the sandbox's.</item>
/// <item>Signatures are not checked: the sandbox has no e-port certificates.</item>
/// </list>
/// </summary>
internal static class SingleWindowAssumptions
{
    public const int DefaultPort = 5110;
}
