using CommerceHub.Connectors.Abstractions;

namespace CommerceHub.HubApi.Features.Shops;

public static class ShopsModule
{
    public static IServiceCollection AddShops(this IServiceCollection services) =>
        services.AddScoped<IShopTokenStore, EfShopTokenStore>();
}
