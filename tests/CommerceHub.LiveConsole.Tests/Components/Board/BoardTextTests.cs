using CommerceHub.HubApi.Contracts.Consignments;
using CommerceHub.LiveConsole.Localization;

namespace CommerceHub.LiveConsole.Tests.Components.Board;

public sealed class BoardTextTests
{
    public static TheoryData<string> Languages => new(UiTexts.All.Select(t => t.Code));

    [Theory]
    [MemberData(nameof(Languages))]
    public void BoardTexts_EveryLanguage_NamesEveryStageStationOutcomeKindAndCustomsCode(string language)
    {
        var board = UiTexts.For(language).Board;

        Assert.Equal(Enum.GetValues<ConsignmentStage>().Order(), board.Stages.Keys.Order());
        Assert.Equal(ScanStations.All.Order(), board.Stations.Keys.Order());
        Assert.Equal(["duplicate", "parked", "resumed", "unknown"], board.ScanOutcomes.Keys.Order());
        Assert.Equal(["compensation", "customs-sent", "incident", "receipt", "scan", "sla", "step"], board.Kinds.Keys.Order());
        Assert.Equal(BoardTexts.En.ReceiptCodes.Keys.Order(), board.ReceiptCodes.Keys.Order());
        Assert.All(board.Stages.Values.Concat(board.Stations.Values).Concat(board.ReceiptCodes.Values), v => Assert.False(string.IsNullOrWhiteSpace(v)));
        // Two stages with one name would hide a distinction staff need.
        Assert.Equal(board.Stages.Count, board.Stages.Values.Distinct().Count());
    }
}
