using System.Globalization;
using System.Xml.Linq;

namespace CommerceHub.Customs.Messages;

/// <summary>Names, codes and formats shared by every CEB message of the 2022-05 specification.</summary>
public static class Ceb
{
    public static readonly XNamespace Ns = "http://www.chinaport.gov.cn/ceb";

    public static readonly XNamespace Ds = "http://www.w3.org/2000/09/xmldsig#";

    /// <summary>CNY in the customs currency table; the hub declares values in CNY.</summary>
    public const string Cny = "142";

    /// <summary>China in the customs country table.</summary>
    public const string China = "142";

    /// <summary>Customs times are Beijing time.</summary>
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static string AppTime(DateTimeOffset time) => time.ToOffset(Beijing).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset time) => time.ToOffset(Beijing).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Receipt time, yyyyMMddHHmmssfff.</summary>
    public static string ReturnTime(DateTimeOffset time) => time.ToOffset(Beijing).ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    /// <summary>The schema's N19,5: at most five decimals, no grouping, no exponent.</summary>
    public static string Decimal(decimal value) => Math.Round(value, 5, MidpointRounding.AwayFromZero).ToString("0.#####", CultureInfo.InvariantCulture);

    public static string NewGuid() => Guid.NewGuid().ToString("D").ToUpperInvariant();

    internal static XElement E(string name, object? content) => new(Ns + name, content);

    /// <summary>An optional element is left out rather than sent empty.</summary>
    internal static XElement? Opt(string name, string? content) => string.IsNullOrEmpty(content) ? null : new XElement(Ns + name, content);

    /// <summary>guid, appType 1 (new), appTime, appStatus 2 (declare): the head every declared record starts with.</summary>
    internal static IEnumerable<XElement> DeclaredHead(string guid, DateTimeOffset now) =>
        [E("guid", guid), E("appType", "1"), E("appTime", AppTime(now)), E("appStatus", "2")];

    public static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
