using CommerceHub.Customs.Consignments;

namespace CommerceHub.Customs.Messages;

/// <summary>A list customs closed (899), as the monthly summary needs it.</summary>
public sealed record ClosedList(
    string InvtNo,
    string CustomsCode,
    string PortCode,
    Party Merchant,
    Party Owner,
    Party Agent,
    string DestinationCountry,
    string TransportMode,
    string? SiteCode,
    DateTimeOffset ClosedAt);

/// <summary>How lists are grouped into export declarations: 1 by consignor only, 2 by consignor and producer/seller.</summary>
public enum SummaryFlag
{
    ByConsignor = 1,
    ByConsignorAndOwner = 2,
}

/// <summary>One summary application: the lists that become one export declaration, and the key they share.</summary>
public sealed record SummaryGroup(string CustomsCode, string PortCode, Party Merchant, Party? Owner, Party Agent, string DestinationCountry, string TransportMode, string? SiteCode, IReadOnlyList<string> InvtNos);
