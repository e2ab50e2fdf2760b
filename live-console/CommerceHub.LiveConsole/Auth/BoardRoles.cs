namespace CommerceHub.LiveConsole.Auth;

/// <summary>Who may use which part of the console, by the hub role of the signed-in user.</summary>
public static class BoardRoles
{
    /// <summary>The warehouse board: warehouse staff and merchant admins (their merchant's consignments), operators (all).</summary>
    public const string Allowed = "Warehouse,MerchantAdmin,Operator";

    /// <summary>The live-stream console.</summary>
    public const string Live = "Host,MerchantAdmin";

    public static bool IsBoardOnly(string? role) => role is "Warehouse" or "Operator";
}
