using System.Xml.Linq;

namespace CommerceHub.Customs.Signing;

/// <summary>
/// Signs a CEB message the way the e-port requires: an enveloped XML signature (ds:Signature after BaseTransfer and
/// BaseSubscribe), SM3 digest and SM2 signature (http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3) with the
/// enterprise's e-port key, the certificate number and certificate in KeyInfo.
/// See the project README for what a production signer needs.
/// </summary>
public interface ICustomsSigner
{
    /// <summary>Returns a signed copy; the input document is left unchanged.</summary>
    Task<XDocument> SignAsync(XDocument message, CancellationToken cancellationToken = default);
}
