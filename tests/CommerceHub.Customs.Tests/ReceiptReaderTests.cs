using CommerceHub.Customs.Receipts;
using CommerceHub.Customs.Tests.Support;

namespace CommerceHub.Customs.Tests;

public sealed class ReceiptReaderTests
{
    public static TheoryData<string> Samples()
    {
        var files = Directory.GetFiles(SharedSpecs.SamplesFolder, "*.xml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        Assert.True(files.Length >= 23, $"expected the 23 official samples in {SharedSpecs.SamplesFolder}, found {files.Length}");
        return [.. files];
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Read_EveryOfficialSample_Parses(string file)
    {
        var result = CebMessageReader.Read(File.ReadAllText(Path.Combine(SharedSpecs.SamplesFolder, file)));

        Assert.True(result.Success, result.Error);
        var message = result.Message!;
        Assert.Equal(file[..6], message.MessageType);
        Assert.NotEmpty(message.Records);
        Assert.All(message.Records, r => Assert.NotNull(r.Guid));
        if (message.IsReceipt)
        {
            Assert.All(message.Records, r => Assert.NotNull(r.Status));
            Assert.All(message.Records, r => Assert.NotNull(r.Time));
        }
        else
        {
            Assert.All(message.Records, r => Assert.Null(r.Status));
        }
    }

    [Fact]
    public void Read_InventoryReceiptSample_GivesKeysStatusAndMeaning()
    {
        var message = CebMessageReader.Read(File.ReadAllText(Path.Combine(SharedSpecs.SamplesFolder, "CEB604Message.xml"))).Message!;
        var first = message.Records[0];
        Assert.Equal(("Cop20180507001", "Invt20180507000001", "P20180507000000001"), (first.CopNo, first.InvtNo, first.PreNo));
        Assert.Equal(ReceiptOutcome.InTransit, first.Status!.Outcome);
        Assert.Equal(new DateTimeOffset(2018, 5, 7, 15, 30, 1, 1, TimeSpan.FromHours(8)), first.Time);
        Assert.StartsWith("新增申报成功", first.Info, StringComparison.Ordinal);
        Assert.Empty(message.Quirks);
    }

    [Fact]
    public void Read_KnownSampleSlips_AreReportedAsQuirks()
    {
        var refund = CebMessageReader.Read(File.ReadAllText(Path.Combine(SharedSpecs.SamplesFolder, "CEB214Message.xml"))).Message!;
        Assert.Contains(refund.Quirks, q => q.Contains("CEB214Message", StringComparison.Ordinal));
        Assert.Equal("Cop20220407001", refund.Records[0].ReturnNo);
        var summary = CebMessageReader.Read(File.ReadAllText(Path.Combine(SharedSpecs.SamplesFolder, "CEB792Message.xml"))).Message!;
        Assert.Contains(summary.Quirks, q => q.Contains("gnum", StringComparison.Ordinal));
        Assert.Equal(ReceiptOutcome.SummaryDeclared, summary.Records[0].Status!.Outcome);
        Assert.Equal(["Invt20180507000001"], summary.Records[0].ListedInvtNos);
    }

    [Theory]
    [InlineData("120", ReceiptOutcome.Accepted)]
    [InlineData("100", ReceiptOutcome.Rejected)]
    [InlineData("300", ReceiptOutcome.ManualReview)]
    [InlineData("399", ReceiptOutcome.Approved)]
    [InlineData("500", ReceiptOutcome.Inspection)]
    [InlineData("501", ReceiptOutcome.Detained)]
    [InlineData("502", ReceiptOutcome.Detained)]
    [InlineData("503", ReceiptOutcome.Detained)]
    [InlineData("599", ReceiptOutcome.Detained)]
    [InlineData("700", ReceiptOutcome.Returned)]
    [InlineData("800", ReceiptOutcome.Released)]
    [InlineData("899", ReceiptOutcome.Closed)]
    [InlineData("-301010", ReceiptOutcome.ProcessingError)]
    [InlineData("42", ReceiptOutcome.Unknown)]
    public void Read_InventoryReceiptStatus_MapsToItsOutcome(string code, ReceiptOutcome outcome)
    {
        var record = CebMessageReader.Read(Receipt604(code)).Message!.Records.Single();
        Assert.Equal(outcome, record.Status!.Outcome);
        Assert.Equal(code, record.Status.Code);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("<not-closed>", "not well-formed")]
    [InlineData("<CEB604Message xmlns=\"urn:other\"/>", "not in the CEB namespace")]
    [InlineData("<ceb:Order xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\"/>", "not a CEB message")]
    [InlineData("<ceb:CEB999Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\"/>", "not an export message")]
    [InlineData("<ceb:CEB604Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\"/>", "no business record")]
    public void Read_MalformedOrUnknown_GivesAClearError(string xml, string error)
    {
        var result = CebMessageReader.Read(xml);
        Assert.False(result.Success);
        Assert.Contains(error, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReceiptWithoutStatusOrWithBadTime_GivesAClearError()
    {
        Assert.Contains("returnStatus missing", CebMessageReader.Read(Receipt604("")).Error, StringComparison.Ordinal);
        Assert.Contains("is not yyyyMMddHHmmss", CebMessageReader.Read(Receipt604("120", "2018-05-07")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Ceb900_IsAFormatError()
    {
        const string xml = """
            <ceb:CEB900Message guid="7D0F1B2E-0000-4000-8000-000000000001" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb">
              <ceb:MessageReturn><ceb:guid>7D0F1B2E-0000-4000-8000-000000000002</ceb:guid><ceb:returnStatus>-1</ceb:returnStatus>
              <ceb:returnTime>20261123093000123</ceb:returnTime><ceb:returnInfo>gcode: length 10 expected</ceb:returnInfo></ceb:MessageReturn>
            </ceb:CEB900Message>
            """;
        var record = CebMessageReader.Read(xml).Message!.Records.Single();
        Assert.Equal(ReceiptOutcome.FormatError, record.Status!.Outcome);
        Assert.Equal("gcode: length 10 expected", record.Info);
    }

    private static string Receipt604(string status, string time = "20261123093000123") => $"""
        <ceb:CEB604Message guid="7D0F1B2E-0000-4000-8000-000000000001" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb">
          <ceb:InventoryReturn><ceb:guid>7D0F1B2E-0000-4000-8000-000000000002</ceb:guid><ceb:agentCode>4501980003</ceb:agentCode>
          <ceb:copNo>PX2026112300001</ceb:copNo><ceb:preNo>B20261123000000001</ceb:preNo><ceb:invtNo>72082026E000000001</ceb:invtNo>
          <ceb:ebcCode>4501960001</ceb:ebcCode><ceb:ebpCode>4403960ABC</ceb:ebpCode><ceb:orderNo>SHP-VN-88001</ceb:orderNo>
          <ceb:statisticsFlag>B</ceb:statisticsFlag><ceb:returnStatus>{status}</ceb:returnStatus><ceb:returnTime>{time}</ceb:returnTime>
          <ceb:returnInfo>test</ceb:returnInfo></ceb:InventoryReturn>
        </ceb:CEB604Message>
        """;
}
