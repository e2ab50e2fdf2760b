using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CommerceHub.HubApi.SampleData;

/// <summary>Prints where the hub listens and, with sample data, how to get a token.</summary>
internal sealed class StartupBanner(IServer server, IHostApplicationLifetime lifetime, IOptions<SampleDataOptions> sample) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5080";
        Console.WriteLine($"""

            CommerceHub is running.
              API            {url}/api
              API reference  {url}/scalar/v1   (OpenAPI: {url}/openapi/v1.json)
              Health         {url}/health/ready
              Jobs           {url}/hangfire    (operators; sign in at {url}/login.html)
              SignalR        {url}/hubs/merchant
            """);
        if (sample.Value.Enabled)
        {
            var admin = SampleDataSeeder.UserEmail(SampleDataSeeder.Merchants[0].Code, Infrastructure.Auth.HubRole.MerchantAdmin);
            Console.WriteLine($"""
              Sample users (password '{sample.Value.Password}'): {SampleDataSeeder.OperatorEmail}, {admin},
                host@…, warehouse@…, merchantadmin@hekou-goods.example
              Get a token:
                curl -s {url}/api/auth/login -H 'Content-Type: application/json' \
                  -d '{"{"}"email":"{admin}","password":"{sample.Value.Password}"{"}"}'

            """);
        }
    }
}
