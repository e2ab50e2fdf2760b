using CommerceHub.HubApi.Features.Users;
using CommerceHub.HubApi.Features.Warehouses;
using CommerceHub.HubApi.Infrastructure.Auth;

namespace CommerceHub.HubApi.Features.Merchants;

public static class MerchantsModule
{
    public static IEndpointRouteBuilder MapMerchants(this IEndpointRouteBuilder app)
    {
        var merchants = app.MapGroup("/api/merchants").WithTags("Merchants").RequireAuthorization(Policies.Operator);
        merchants.MapPost("/", MerchantEndpoints.Create);
        merchants.MapGet("/", MerchantEndpoints.List);
        merchants.MapPost("/{merchantId:guid}/users", UserEndpoints.CreateForMerchant);

        var users = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.UsersManage);
        users.MapPost("/", UserEndpoints.CreateInOwnMerchant);
        users.MapGet("/", UserEndpoints.ListOwnMerchant);

        app.MapGet("/api/warehouses", ListWarehouses.Handle).WithTags("Warehouses").RequireAuthorization();
        return app;
    }
}
