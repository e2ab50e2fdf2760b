namespace CommerceHub.HubApi.Features.Stock;

public static class StockModule
{
    public static IHostApplicationBuilder AddStock(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapStock(this IEndpointRouteBuilder app) => app;
}
