namespace CommerceHub.Customs.Messages;

/// <summary>The enterprise that transmits (BaseTransfer): its customs code and name, and its DXP node id on the e-port.</summary>
public sealed record CebSender(string CopCode, string CopName, string DxpId);
