using System.Net;
using CommerceHub.Customs.Messages;
using CommerceHub.Customs.Modes;
using CommerceHub.Customs.Receipts;
using CommerceHub.Customs.Tests.Support;
using static CommerceHub.Customs.Tests.Support.Sample;

namespace CommerceHub.Customs.Tests;

public sealed class SingleWindowFormatTests
{
    [Theory]
    [InlineData("not xml at all", "not well-formed")]
    [InlineData("<ceb:CEB999Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\" guid=\"A\" version=\"1.0\"/>", "not an export declaration")]
    [InlineData("<CEB603Message guid=\"A\" version=\"1.0\"/>", "not an export declaration")]
    public async Task Submit_Malformed_AnswersCeb900(string xml, string reason)
    {
        await using var window = await SingleWindow.StartAsync();
        var (status, body) = await window.PostAsync(xml);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var record = AssertFormatError(body);
        Assert.Contains(reason, record.Info, StringComparison.Ordinal);
        Assert.Equal(["-1"], await window.WaitForAsync("CEB900", record.Guid!, "-1"));
    }

    [Fact]
    public async Task Submit_SchemaViolation_AnswersCeb900NamingTheField()
    {
        await using var window = await SingleWindow.StartAsync();
        var list = CebMessages.Inventory(Parcel(), ModeRules.Default.Decide(Parcel()), Sender, Now);
        list.Xml.Descendants(Ceb.Ns + "gcode").First().Value = "090230";

        var (status, body) = await window.PostAsync(list.ToXmlText());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var record = AssertFormatError(body);
        Assert.Contains("gcode", record.Info, StringComparison.Ordinal);
        Assert.Equal(list.Guid, record.Guid);
    }

    [Fact]
    public async Task Submit_AReceipt_IsRefusedWithCeb900()
    {
        await using var window = await SingleWindow.StartAsync();
        var sample = await File.ReadAllTextAsync(Path.Combine(SharedSpecs.SamplesFolder, "CEB604Message.xml"));
        var (status, body) = await window.PostAsync(sample);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("CEB604Message", AssertFormatError(body).Info, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_SameMalformedGuidTwice_OneCeb900()
    {
        await using var window = await SingleWindow.StartAsync();
        var list = CebMessages.Inventory(Parcel(), ModeRules.Default.Decide(Parcel()), Sender, Now);
        list.Xml.Descendants(Ceb.Ns + "tradeMode").Single().Value = "96100";
        Assert.Equal(HttpStatusCode.BadRequest, (await window.PostAsync(list.ToXmlText())).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await window.PostAsync(list.ToXmlText())).Status);

        // Receipts go out in due order, so once this later order's receipt is out, a second CEB900 would be out too.
        await window.SubmitAsync(CebMessages.Order(Parcel(), ModeRules.Default.Decide(Parcel()), Sender, Now));
        await window.WaitForAsync("CEB304", Parcel().OrderNo, "120");
        Assert.Single(await window.ReceiptsAsync(), r => r.Type == "CEB900");
    }

    [Fact]
    public async Task Settings_Invalid_AreRefusedWithAReason()
    {
        await using var window = await SingleWindow.StartAsync();
        using var response = await window.Http.PutAsync(
            new Uri("/__admin/customs/settings", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { acceptSeconds = 10, reviewSeconds = 5, releaseWeight = 0 }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("AcceptSeconds", body, StringComparison.Ordinal);
        Assert.Contains("weights", body, StringComparison.Ordinal);
    }

    private static CebRecord AssertFormatError(string body)
    {
        var read = CebMessageReader.Read(body);
        Assert.True(read.Success, read.Error);
        Assert.Equal("CEB900", read.Message!.MessageType);
        var record = Assert.Single(read.Message.Records);
        Assert.Equal(ReceiptOutcome.FormatError, record.Status!.Outcome);
        return record;
    }
}
