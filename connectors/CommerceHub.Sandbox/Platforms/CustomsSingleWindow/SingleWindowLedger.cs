using System.Globalization;
using System.Xml.Linq;
using CommerceHub.Customs.Messages;
using CommerceHub.Customs.Schema;
using CommerceHub.Sandbox.Core;

namespace CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

/// <summary>
/// The simulated single window: checks each message against the official schema, remembers what it accepted (per
/// message guid, so a repeated message changes nothing), and schedules the receipts customs would send, on the
/// sandbox clock. One lock guards it all; the sandbox serves one developer or one test at a time.
/// </summary>
public sealed partial class SingleWindowLedger
{
    private static readonly HashSet<string> Declarations = new(StringComparer.Ordinal)
    {
        "CEB213", "CEB215", "CEB303", "CEB403", "CEB505", "CEB507", "CEB509", "CEB603", "CEB605", "CEB607", "CEB701",
    };

    private static readonly HashSet<string> EnvelopeElements = new(StringComparer.Ordinal) { "BaseTransfer", "BaseSubscribe", "Signature", "ExtendMessage" };

    private readonly Lock gate = new();
    private readonly SandboxClock clock;
    private readonly Dictionary<string, SubmitAnswer> answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ListState> listsByCopNo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OutcomeOverride> overrides = new(StringComparer.Ordinal);
    private readonly List<PendingReceipt> pending = [];
    private readonly List<DeliveredReceipt> delivered = [];
    private Random random;
    private long order;
    private long serial;

    public SingleWindowLedger(SandboxClock clock, SingleWindowSettings settings)
    {
        this.clock = clock;
        Settings = settings;
        random = new Random(settings.Seed);
    }

    public SingleWindowSettings Settings { get; private set; }

    public void Apply(SingleWindowSettings settings)
    {
        lock (gate)
        {
            Settings = settings;
            random = new Random(settings.Seed);
        }
    }

    public void SetOutcome(string key, OutcomeOverride outcome)
    {
        lock (gate)
        {
            overrides[key] = outcome;
        }
    }

    public bool ClearOutcome(string key)
    {
        lock (gate)
        {
            return overrides.Remove(key);
        }
    }

    public SubmitAnswer Submit(string xml)
    {
        var now = clock.GetUtcNow();
        var (document, guid, type, problem) = Inspect(xml);
        lock (gate)
        {
            if (guid is not null && answers.TryGetValue(guid, out var earlier))
            {
                return earlier with { Duplicate = true };
            }

            var dxpId = document?.Root?.Element(Ceb.Ns + "BaseTransfer")?.Element(Ceb.Ns + "dxpId")?.Value ?? "";
            var copCode = document?.Root?.Element(Ceb.Ns + "BaseTransfer")?.Element(Ceb.Ns + "copCode")?.Value ?? "";
            SubmitAnswer answer;
            if (problem is not null)
            {
                var text = ReceiptXml.FormatError(guid, now, problem);
                Schedule("CEB900", guid ?? "", "-1", now, text, dxpId, copCode);
                answer = new SubmitAnswer(guid, type, [], text);
            }
            else
            {
                var context = new Submission(type!, now, dxpId, copCode); // Inspect gives a type whenever it finds no problem.
                // Inspect returns a parsed document whenever it finds no problem.
                var records = document!.Root!.Elements().Where(e => !EnvelopeElements.Contains(e.Name.LocalName)).Select(e => Plan(context, e)).ToArray();
                answer = new SubmitAnswer(guid, type, records, null);
            }

            if (guid is not null)
            {
                answers[guid] = answer;
            }

            return answer;
        }
    }

    /// <summary>Moves every receipt whose time has come on the sandbox clock to the delivered list, oldest first.</summary>
    public IReadOnlyList<DeliveredReceipt> TakeDue()
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            var due = pending.Where(p => p.DueAt <= now).OrderBy(p => p.DueAt).ThenBy(p => p.Order).ToArray();
            if (due.Length == 0)
            {
                return [];
            }

            pending.RemoveAll(p => p.DueAt <= now);
            var batch = new List<DeliveredReceipt>(due.Length);
            foreach (var p in due)
            {
                var receipt = new DeliveredReceipt(delivered.Count + 1, p.MessageType, p.Key, p.Status, p.DueAt, p.DxpId, p.Xml) { CopCode = p.CopCode };
                delivered.Add(receipt);
                batch.Add(receipt);
            }

            return batch;
        }
    }

    public IReadOnlyList<DeliveredReceipt> Delivered(long after, string? dxpId, int limit)
    {
        lock (gate)
        {
            return [.. delivered.Skip((int)Math.Clamp(after, 0, delivered.Count)).Where(r => dxpId is null || r.DxpId == dxpId).Take(limit)];
        }
    }

    public object Overview()
    {
        lock (gate)
        {
            return new
            {
                Settings,
                Messages = answers.Count,
                Lists = listsByCopNo.Values.Select(l => new { l.CopNo, l.InvtNo, l.Outcome, l.Cancelled, l.ClosedAt }).ToArray(),
                Pending = pending.Count,
                Delivered = delivered.Count,
                Overrides = overrides.ToDictionary(StringComparer.Ordinal),
            };
        }
    }

    private static (XDocument? Document, string? Guid, string? Type, string? Problem) Inspect(string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml.TrimStart('\uFEFF'));
        }
        catch (System.Xml.XmlException ex)
        {
            return (null, null, null, $"报文格式错误 not well-formed XML: {ex.Message}");
        }

        var root = document.Root!; // Parse succeeded.
        var guid = (string?)root.Attribute("guid");
        var name = root.Name.LocalName;
        var type = root.Name.Namespace == Ceb.Ns && name.EndsWith("Message", StringComparison.Ordinal) ? name[..^"Message".Length] : null;
        if (type is null || !Declarations.Contains(type))
        {
            return (document, guid, type, $"报文类型错误 {root.Name} is not an export declaration the single window accepts");
        }

        var errors = CebSchema.Validate(xml.TrimStart('\uFEFF'));
        return errors.Count > 0 ? (document, guid, type, "报文校验失败 " + string.Join("; ", errors)) : (document, guid, type, null);
    }

    private void Schedule(string type, string key, string status, DateTimeOffset due, string xml, string dxpId, string copCode) =>
        pending.Add(new PendingReceipt(++order, type, key, status, due, xml, dxpId, copCode));

    private string NextSerial() => (++serial).ToString("D9", CultureInfo.InvariantCulture);

    private string PreNo(DateTimeOffset now) => "B" + Ceb.Date(now) + NextSerial();

    private sealed record Submission(string Type, DateTimeOffset Now, string DxpId, string CopCode);
}
