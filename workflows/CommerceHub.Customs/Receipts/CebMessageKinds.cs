namespace CommerceHub.Customs.Receipts;

/// <summary>The export-side message types of the 2022-05 specification and CEB900; Receipt marks the ones customs sends back.</summary>
public static class CebMessageKinds
{
    public static IReadOnlyDictionary<string, (string Name, bool Receipt)> All { get; } = new Dictionary<string, (string, bool)>(StringComparer.Ordinal)
    {
        ["CEB213"] = ("export return application", false),
        ["CEB214"] = ("export return receipt", true),
        ["CEB215"] = ("return tally detail", false),
        ["CEB216"] = ("return tally detail receipt", true),
        ["CEB303"] = ("order", false),
        ["CEB304"] = ("order receipt", true),
        ["CEB403"] = ("payment collection", false),
        ["CEB404"] = ("payment collection receipt", true),
        ["CEB505"] = ("waybill", false),
        ["CEB506"] = ("waybill receipt", true),
        ["CEB507"] = ("arrival", false),
        ["CEB508"] = ("arrival receipt", true),
        ["CEB509"] = ("departure", false),
        ["CEB510"] = ("departure receipt", true),
        ["CEB603"] = ("inventory list", false),
        ["CEB604"] = ("inventory list receipt", true),
        ["CEB605"] = ("list cancellation", false),
        ["CEB606"] = ("list cancellation receipt", true),
        ["CEB607"] = ("list-to-load waybill", false),
        ["CEB608"] = ("list-to-load waybill receipt", true),
        ["CEB701"] = ("summary application", false),
        ["CEB702"] = ("summary application receipt", true),
        ["CEB792"] = ("summary result", true),
        ["CEB900"] = ("format check failure", true),
    };
}
