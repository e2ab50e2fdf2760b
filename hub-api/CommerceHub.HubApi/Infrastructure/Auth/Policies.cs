using Microsoft.AspNetCore.Authorization;

namespace CommerceHub.HubApi.Infrastructure.Auth;

/// <summary>
/// What each role may do, as named policies. Endpoints name a policy, never a role, so the matrix lives here.
/// </summary>
public static class Policies
{
    public const string Operator = "operator";
    public const string CatalogRead = "catalog:read";
    public const string CatalogWrite = "catalog:write";
    public const string StockRead = "stock:read";
    public const string StockWrite = "stock:write";
    public const string Reservations = "stock:reserve";
    public const string ChannelsManage = "channels:manage";
    public const string AuditRead = "audit:read";
    public const string UsersManage = "users:manage";
    public const string LiveSessions = "live:run";
    public const string Consignments = "consignments";

    public static void Configure(AuthorizationOptions options)
    {
        Add(options, Operator, HubRole.Operator);
        Add(options, CatalogRead, HubRole.MerchantAdmin, HubRole.Host, HubRole.Warehouse);
        Add(options, CatalogWrite, HubRole.MerchantAdmin);
        Add(options, StockRead, HubRole.MerchantAdmin, HubRole.Host, HubRole.Warehouse);
        Add(options, StockWrite, HubRole.MerchantAdmin, HubRole.Warehouse);
        Add(options, Reservations, HubRole.MerchantAdmin);
        Add(options, ChannelsManage, HubRole.MerchantAdmin);
        Add(options, AuditRead, HubRole.MerchantAdmin);
        Add(options, UsersManage, HubRole.MerchantAdmin);
        Add(options, LiveSessions, HubRole.MerchantAdmin, HubRole.Host);
        // Operators see every merchant's consignments; merchant users their own (the tenant filter).
        Add(options, Consignments, HubRole.MerchantAdmin, HubRole.Warehouse, HubRole.Operator);
    }

    private static void Add(AuthorizationOptions options, string name, params HubRole[] roles)
    {
        var policy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
            .RequireRole(roles.Select(r => r.ToString()));
        if (!roles.Contains(HubRole.Operator))
        {
            // Merchant-scoped work needs a merchant on the token; an operator token never carries one.
            policy.RequireClaim(HubClaims.MerchantId);
        }

        options.AddPolicy(name, policy.Build());
    }
}
