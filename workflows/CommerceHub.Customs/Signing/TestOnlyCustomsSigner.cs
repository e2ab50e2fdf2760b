using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using CommerceHub.Customs.Messages;

namespace CommerceHub.Customs.Signing;

/// <summary>
/// FOR TESTS AND THE SANDBOX ONLY. Writes a schema-valid ds:Signature whose algorithms are deliberately not the
/// e-port's (SHA-256 under a "test-only" URI instead of SM2/SM3, no certificate), so that no real single window could
/// ever accept a message signed by it.
/// </summary>
public sealed class TestOnlyCustomsSigner : ICustomsSigner
{
    public const string SignatureAlgorithm = "urn:commercehub:customs:test-only-signature:sha256";
    public const string DigestAlgorithm = "urn:commercehub:customs:test-only-digest:sha256";
    public const string KeyName = "TEST-ONLY-NOT-AN-E-PORT-CERTIFICATE";

    public Task<XDocument> SignAsync(XDocument message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var signed = new XDocument(message);
        var root = signed.Root ?? throw new ArgumentException("The message has no root element.", nameof(message));
        root.Elements(Ceb.Ds + "Signature").Remove();
        var digest = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(root.ToString(SaveOptions.DisableFormatting))));
        var signedInfo = new XElement(
            Ceb.Ds + "SignedInfo",
            new XElement(Ceb.Ds + "CanonicalizationMethod", new XAttribute("Algorithm", "http://www.w3.org/TR/2001/REC-xml-c14n-20010315")),
            new XElement(Ceb.Ds + "SignatureMethod", new XAttribute("Algorithm", SignatureAlgorithm)),
            new XElement(
                Ceb.Ds + "Reference",
                new XAttribute("URI", ""),
                new XElement(Ceb.Ds + "Transforms", new XElement(Ceb.Ds + "Transform", new XAttribute("Algorithm", "http://www.w3.org/2000/09/xmldsig#enveloped-signature"))),
                new XElement(Ceb.Ds + "DigestMethod", new XAttribute("Algorithm", DigestAlgorithm)),
                new XElement(Ceb.Ds + "DigestValue", digest)));
        var value = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(signedInfo.ToString(SaveOptions.DisableFormatting))));
        var signature = new XElement(
            Ceb.Ds + "Signature",
            new XAttribute(XNamespace.Xmlns + "ds", Ceb.Ds),
            signedInfo,
            new XElement(Ceb.Ds + "SignatureValue", value),
            new XElement(Ceb.Ds + "KeyInfo", new XElement(Ceb.Ds + "KeyName", KeyName)));

        // The schema puts ds:Signature after BaseTransfer and any BaseSubscribe, before ExtendMessage.
        var anchor = root.Elements().LastOrDefault(e => e.Name == Ceb.Ns + "BaseTransfer" || e.Name == Ceb.Ns + "BaseSubscribe")
            ?? throw new ArgumentException("The message has no BaseTransfer.", nameof(message));
        anchor.AddAfterSelf(signature);
        return Task.FromResult(signed);
    }
}
