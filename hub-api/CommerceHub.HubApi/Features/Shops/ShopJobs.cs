using CommerceHub.Connectors.Runtime;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.Features.Shops;

/// <summary>Keeps every connected shop's token fresh ahead of expiry; runs on whichever node picks it up.</summary>
public sealed partial class ShopJobs(TokenRefreshCoordinator tokens, IOptions<ShopsOptions> options, ILogger<ShopJobs> logger)
{
    public const string RefreshJobId = "shops:refresh-tokens";

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)] // The next run comes in five minutes; a retry storm would only hammer the platforms.
    public async Task RefreshTokensAsync(CancellationToken cancellationToken)
    {
        var summary = await tokens.RefreshDueAsync(options.Value.RefreshAhead, cancellationToken);
        if (summary.Refreshed + summary.ReauthorizationRequired + summary.Failed > 0)
        {
            TokensRefreshed(logger, summary.Refreshed, summary.ReauthorizationRequired, summary.Failed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Shop tokens: {Refreshed} refreshed, {Reauthorize} need re-authorization, {Failed} failed")]
    private static partial void TokensRefreshed(ILogger logger, int refreshed, int reauthorize, int failed);
}
