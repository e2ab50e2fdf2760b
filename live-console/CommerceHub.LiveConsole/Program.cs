using CommerceHub.LiveConsole;
using CommerceHub.LiveConsole.Auth;
using CommerceHub.LiveConsole.Components;

var builder = WebApplication.CreateBuilder(args);
builder.AddLiveConsole();

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapAccountEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();

public partial class Program;
