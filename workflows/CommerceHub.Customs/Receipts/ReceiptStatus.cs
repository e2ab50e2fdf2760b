using System.Globalization;

namespace CommerceHub.Customs.Receipts;

/// <summary>A returnStatus code with its meaning (the 2022-05 schema's list for InventoryReturn, plus 505/600 of RefundReturn).</summary>
public sealed record ReceiptStatus(string Code, ReceiptOutcome Outcome, string Meaning)
{
    private static readonly Dictionary<string, (ReceiptOutcome Outcome, string Meaning)> Known = new(StringComparer.Ordinal)
    {
        ["1"] = (ReceiptOutcome.InTransit, "电子口岸已暂存 stored by the e-port"),
        ["2"] = (ReceiptOutcome.InTransit, "电子口岸申报中 being declared by the e-port"),
        ["3"] = (ReceiptOutcome.InTransit, "发送海关成功 sent to customs"),
        ["4"] = (ReceiptOutcome.TransmissionFailed, "发送海关失败 sending to customs failed"),
        ["100"] = (ReceiptOutcome.Rejected, "海关退单 rejected by customs"),
        ["120"] = (ReceiptOutcome.Accepted, "海关入库 accepted into the customs database"),
        ["300"] = (ReceiptOutcome.ManualReview, "人工审核 manual review"),
        ["399"] = (ReceiptOutcome.Approved, "海关审结 approved"),
        ["500"] = (ReceiptOutcome.Inspection, "查验 inspection"),
        ["501"] = (ReceiptOutcome.Detained, "扣留移送通关 detained, passed to clearance"),
        ["502"] = (ReceiptOutcome.Detained, "扣留移送缉私 detained, passed to anti-smuggling"),
        ["503"] = (ReceiptOutcome.Detained, "扣留移送法规 detained, passed to legal affairs"),
        ["599"] = (ReceiptOutcome.Detained, "其它扣留 detained (other)"),
        ["505"] = (ReceiptOutcome.HandedOver, "移交 handed over"),
        ["600"] = (ReceiptOutcome.Suspended, "挂起 suspended"),
        ["700"] = (ReceiptOutcome.Returned, "退运 returned"),
        ["800"] = (ReceiptOutcome.Released, "放行 released"),
        ["899"] = (ReceiptOutcome.Closed, "结关 closed"),
    };

    public static ReceiptStatus Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Known.TryGetValue(code, out var known))
        {
            return new ReceiptStatus(code, known.Outcome, known.Meaning);
        }

        return int.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number < 0
            ? new ReceiptStatus(code, ReceiptOutcome.ProcessingError, "处理异常 processing error on the platform")
            : new ReceiptStatus(code, ReceiptOutcome.Unknown, "status code not in the 2022-05 specification");
    }

    public static ReceiptStatus FormatError(string code) => new(code, ReceiptOutcome.FormatError, "报文格式校验错误 message failed format or schema checks");

    public static ReceiptStatus Summary(string decState) => new(decState, ReceiptOutcome.SummaryDeclared, $"汇总结果 export declaration built (decState {decState})");
}
