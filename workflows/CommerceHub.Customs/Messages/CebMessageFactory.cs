using System.Xml.Linq;
using static CommerceHub.Customs.Messages.Ceb;

namespace CommerceHub.Customs.Messages;

/// <summary>Wraps business records into a CEBnnnMessage with its BaseTransfer, as every declared message is shaped.</summary>
internal static class CebMessageFactory
{
    public static CebDocument Create(string messageType, CebSender sender, IEnumerable<XElement> records)
    {
        var guid = NewGuid();
        var root = new XElement(
            Ns + (messageType + "Message"),
            new XAttribute("guid", guid),
            new XAttribute("version", "1.0"),
            new XAttribute(XNamespace.Xmlns + "ceb", Ns),
            records,
            E("BaseTransfer", new object[] { E("copCode", sender.CopCode), E("copName", sender.CopName), E("dxpMode", "DXP"), E("dxpId", sender.DxpId) }));
        return new CebDocument(messageType, guid, new XDocument(new XDeclaration("1.0", "UTF-8", null), root));
    }
}
