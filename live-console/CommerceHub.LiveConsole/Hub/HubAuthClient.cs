using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace CommerceHub.LiveConsole.Hub;

/// <summary>The hub's sign-in endpoints (<c>/api/auth/*</c>).</summary>
public sealed partial class HubAuthClient(HttpClient http, ILogger<HubAuthClient> logger)
{
    private static readonly HashSet<string> ConsoleRoles = new(StringComparer.OrdinalIgnoreCase) { "Host", "MerchantAdmin", "Warehouse", "Operator" };

    public async Task<SignInOutcome> SignInAsync(string email, string password, CancellationToken ct)
    {
        try
        {
            using var response = await http.PostAsJsonAsync("api/auth/login", new { email, password }, ct);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest)
            {
                return new SignInOutcome(null, null, SignInFailure.WrongCredentials);
            }

            response.EnsureSuccessStatusCode();
            var tokens = await response.Content.ReadFromJsonAsync<HubTokenResponse>(ct)
                ?? throw new HttpRequestException("The hub answered the sign-in without a body.");
            var user = await MeAsync(tokens.AccessToken, ct);
            // Operators belong to no merchant; everyone else acts for one.
            return ConsoleRoles.Contains(user.Role) && (user.MerchantId is not null || user.Role == "Operator")
                ? new SignInOutcome(tokens, user, SignInFailure.None)
                : new SignInOutcome(null, null, SignInFailure.NotAHost);
        }
        catch (HttpRequestException exception)
        {
            LogHubUnreachable(logger, exception, http.BaseAddress);
            return new SignInOutcome(null, null, SignInFailure.HubUnreachable);
        }
    }

    /// <summary>Swaps a refresh token for new tokens; null when the hub refuses it (expired, user gone).</summary>
    public async Task<HubTokenResponse?> RefreshAsync(string refreshToken, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync("api/auth/refresh", new { refreshToken }, ct);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<HubTokenResponse>(ct);
    }

    public async Task<HubUserInfo> MeAsync(string accessToken, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/auth/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<HubUserInfo>(ct)
            ?? throw new HttpRequestException("The hub answered /api/auth/me without a body.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The hub at {HubUrl} could not be reached for a sign-in")]
    private static partial void LogHubUnreachable(ILogger logger, Exception exception, Uri? hubUrl);
}
