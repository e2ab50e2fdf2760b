using System.Runtime.InteropServices;
using CommerceHub.Sandbox.Hosting;

var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: false)
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();

await using var host = new SandboxHost(configuration);
await host.StartAsync();
foreach (var (platform, url) in host.BaseUrls)
{
    Console.WriteLine($"{platform,-12} {url}   (admin: {url}__admin)");
}

var stop = new TaskCompletionSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.TrySetResult(); });
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.TrySetResult(); });
await stop.Task;
await host.StopAsync();
