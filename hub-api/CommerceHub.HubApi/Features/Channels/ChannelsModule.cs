using CommerceHub.HubApi.Infrastructure.Auth;

namespace CommerceHub.HubApi.Features.Channels;

public static class ChannelsModule
{
    public static IEndpointRouteBuilder MapChannels(this IEndpointRouteBuilder app)
    {
        var channels = app.MapGroup("/api/channels").WithTags("Channels").RequireAuthorization(Policies.ChannelsManage);
        channels.MapGet("/", ChannelEndpoints.List);
        channels.MapGet("/{code}", ChannelEndpoints.Get);
        channels.MapPost("/", ChannelEndpoints.Create);
        channels.MapPut("/{code}", ChannelEndpoints.Update);
        channels.MapDelete("/{code}", ChannelEndpoints.Delete);
        channels.MapGet("/{code}/rules", RuleEndpoints.List);
        channels.MapPut("/{code}/rules", RuleEndpoints.Put)
            .WithSummary("Create or replace the channel's default rule, or a SKU override when the body names a SKU.");
        channels.MapDelete("/{code}/rules", RuleEndpoints.Delete).WithSummary("Delete the default rule, or the override for ?sku=.");
        return app;
    }
}
