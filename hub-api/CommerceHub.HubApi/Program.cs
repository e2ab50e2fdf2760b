using CommerceHub.HubApi;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.SampleData;

var builder = WebApplication.CreateBuilder(args);
builder.AddHub();

var app = builder.Build();
await app.Services.EnsureDatabaseAsync();
await app.Services.SeedSampleDataAsync();
app.UseHub();
await app.RunAsync();

/// <summary>Entry point; public so that integration tests can host the hub with WebApplicationFactory.</summary>
public partial class Program;
