using CommerceHub.HubApi.Infrastructure.Auth;

namespace CommerceHub.HubApi.Features.Audit;

public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services) => services.AddScoped<AuditTrail>();

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", ListAudit.Handle).WithTags("Audit").RequireAuthorization(Policies.AuditRead)
            .WithSummary("Changes to prices, stock and allocation rules, newest first.");
        return app;
    }
}
