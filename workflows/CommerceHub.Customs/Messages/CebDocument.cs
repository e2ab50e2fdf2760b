using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CommerceHub.Customs.Messages;

/// <summary>A built CEB message: its type ("CEB603"), its message guid, and the XML.</summary>
public sealed record CebDocument(string MessageType, string Guid, XDocument Xml)
{
    /// <summary>The UTF-8 text sent on the wire, with the XML declaration.</summary>
    public string ToXmlText()
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            Xml.Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
