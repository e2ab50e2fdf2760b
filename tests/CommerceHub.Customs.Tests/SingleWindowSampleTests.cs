using System.Net;
using System.Xml.Linq;
using CommerceHub.Customs.Messages;
using CommerceHub.Customs.Modes;
using CommerceHub.Customs.Tests.Support;
using static CommerceHub.Customs.Tests.Support.Sample;

namespace CommerceHub.Customs.Tests;

/// <summary>The official declaration samples against the simulator: refused as published where they break the schema, answered once fixed.</summary>
public sealed class SingleWindowSampleTests
{
    private static readonly Dictionary<string, string> ReceiptOf = new(StringComparer.Ordinal)
    {
        ["CEB213"] = "CEB214", ["CEB215"] = "CEB216", ["CEB303"] = "CEB304", ["CEB403"] = "CEB404", ["CEB505"] = "CEB506", ["CEB507"] = "CEB508",
        ["CEB509"] = "CEB510", ["CEB603"] = "CEB604", ["CEB605"] = "CEB606", ["CEB607"] = "CEB608", ["CEB701"] = "CEB702",
    };

    [Fact]
    public async Task OfficialDeclarationSamples_AreCheckedAndAnsweredWithSchemaValidReceipts()
    {
        await using var window = await SingleWindow.StartAsync();
        foreach (var (declaration, receipt) in ReceiptOf)
        {
            var document = XDocument.Parse((await File.ReadAllTextAsync(Path.Combine(SharedSpecs.SamplesFolder, declaration + "Message.xml"))).TrimStart('\uFEFF'));
            // The samples share one message guid; a fresh one keeps the single window from answering them as repeats.
            document.Root!.SetAttributeValue("guid", Guid.NewGuid().ToString().ToUpperInvariant()); // Every sample has a root element.
            var transfers = document.Root.Elements(Ceb.Ns + "BaseTransfer").ToArray();
            if (transfers.Length > 1)
            {
                // As published, the sample repeats BaseTransfer, which the schema forbids: the single window must refuse it.
                Assert.Equal(HttpStatusCode.BadRequest, (await window.PostAsync(document.ToString())).Status);
                transfers[1].Remove();
                document.Root.SetAttributeValue("guid", Guid.NewGuid().ToString().ToUpperInvariant());
            }

            var (status, body) = await window.PostAsync(document.ToString());
            Assert.True(status == HttpStatusCode.OK, $"{declaration}: {body}");
        }

        // Receipts go out in due order, so once this later order's receipt is out, every sample's receipts are out too.
        await window.SubmitAsync(CebMessages.Order(Parcel() with { OrderNo = "SYNC-3" }, ModeRules.Default.Decide(Parcel()), Sender, Now));
        await window.WaitForAsync("CEB304", "SYNC-3", "120");
        var types = (await window.ReceiptsAsync()).Select(r => r.Type).ToHashSet(StringComparer.Ordinal);
        Assert.All(ReceiptOf.Values, receipt => Assert.Contains(receipt, types));
    }
}
