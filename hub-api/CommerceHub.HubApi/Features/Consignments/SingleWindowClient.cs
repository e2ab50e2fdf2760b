using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CommerceHub.Customs.Messages;
using CommerceHub.Customs.Schema;
using CommerceHub.Customs.Signing;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Consignments;

/// <summary>What the single window gave a declared record: its keys, and for a list the preNo and invtNo.</summary>
public sealed record DeclaredRecord(string Entity, string Key, string? PreNo, string? InvtNo);

/// <summary>The single window refused a message (CEB900) or could not be reached; the step faults into an incident.</summary>
public sealed class SingleWindowException(string message) : Exception(message);

/// <summary>
/// Sends CEB messages to the single window over HTTP. Each message's guids are derived from an idempotency key (the
/// step's execution id), so a step run twice sends the same guids and the single window answers the second as a
/// duplicate: nothing is declared twice, also after a crash between sending and committing.
/// </summary>
public sealed class SingleWindowClient(HttpClient http, ICustomsSigner signer, IOptions<CustomsOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public CebSender Sender => new(options.Value.CopCode, options.Value.CopName, options.Value.DxpId);

    public async Task<IReadOnlyList<DeclaredRecord>> SendAsync(CebDocument document, string idempotencyKey, CancellationToken ct)
    {
        var xml = await signer.SignAsync(WithStableGuids(document.Xml, $"{idempotencyKey}:{document.MessageType}"), ct);
        var text = new CebDocument(document.MessageType, "", xml).ToXmlText();
        var errors = CebSchema.Validate(text);
        if (errors.Count > 0)
        {
            throw new SingleWindowException($"{document.MessageType} does not validate against the CEB schema: {string.Join("; ", errors.Take(3))}");
        }

        using var content = new StringContent(text, Encoding.UTF8, "application/xml");
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(new Uri(options.Value.BaseUrl!, "/ceb/messages"), content, ct); // validated at start-up
        }
        catch (HttpRequestException e)
        {
            throw new SingleWindowException($"The single window could not be reached: {e.Message}");
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                throw new SingleWindowException($"{document.MessageType} refused (CEB900): {Cut(await response.Content.ReadAsStringAsync(ct))}");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SingleWindowException($"{document.MessageType}: the single window answered {(int)response.StatusCode}; retry the step.");
            }

            var answer = await response.Content.ReadFromJsonAsync<SubmitAnswer>(Json, ct);
            return answer?.Records ?? [];
        }
    }

    /// <summary>Receipts the single window released after <paramref name="after"/> (sequence numbers), for this enterprise.</summary>
    public async Task<PolledReceipts> PollAsync(long after, CancellationToken ct)
    {
        var url = new Uri(options.Value.BaseUrl!, $"/ceb/receipts?after={after}&dxpId={Uri.EscapeDataString(options.Value.DxpId)}&limit=200");
        return await http.GetFromJsonAsync<PolledReceipts>(url, Json, ct) ?? new PolledReceipts([], after);
    }

    /// <summary>Replaces the message guid and every record guid with ones derived from <paramref name="key"/>.</summary>
    private static XDocument WithStableGuids(XDocument source, string key)
    {
        var document = new XDocument(source);
        var root = document.Root!; // built messages always have a root
        root.SetAttributeValue("guid", GuidFor(key));
        var n = 0;
        foreach (var guid in root.Descendants(Ceb.Ns + "guid"))
        {
            guid.Value = GuidFor($"{key}:{++n}");
        }

        return document;
    }

    private static string GuidFor(string key)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16).ToArray();
        return new Guid(bytes).ToString("D").ToUpperInvariant();
    }

    private static string Cut(string text) => text.Length <= 1000 ? text : text[..1000];

    private sealed record SubmitAnswer(string? MessageGuid, string? MessageType, IReadOnlyList<DeclaredRecord> Records, bool Duplicate);
}

public sealed record PolledReceipt(long Seq, string MessageType, string Key, string Status, string Xml);

public sealed record PolledReceipts(IReadOnlyList<PolledReceipt> Receipts, long Last);
