using CommerceHub.Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CommerceHub.Connectors.Runtime;

/// <summary>What every connector registers the same way; each Add&lt;Platform&gt;Connector names only what differs.</summary>
public static class ConnectorRegistration
{
    /// <summary>
    /// Registers the shared runtime, the connector's options (bound to <paramref name="section"/>, validated at
    /// start-up), its typed HTTP client, the connector as a singleton with every capability it implements, and its
    /// authorizer, all keyed by <paramref name="marketplace"/>.
    /// </summary>
    public static IServiceCollection AddMarketplaceConnector<TOptions, TValidator, TClient, TConnector>(
        this IServiceCollection services,
        Marketplace marketplace,
        string section,
        string httpClientName,
        Action<TOptions>? configure,
        Func<IServiceProvider, TConnector> connector,
        Func<IServiceProvider, IShopAuthorizer> authorizer)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
        where TClient : class
        where TConnector : class
    {
        services.AddConnectorRuntime();
        var options = services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());

        // The connector is a singleton holding one typed client, so connections are recycled by the handler's
        // PooledConnectionLifetime (DNS changes) instead of by the factory's handler rotation. Each connector's RestSharp
        // client sets the timeout from its options, so the HttpClient's own is off.
        services.AddHttpClient<TClient>(httpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.AddSingleton(connector);
        services.AddKeyedSingleton(marketplace, (sp, _) => authorizer(sp));
        services.ForwardCapabilities<TConnector>(marketplace);
        return services;
    }
}
