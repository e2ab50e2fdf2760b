using CommerceHub.LiveConsole.Hub;
using Microsoft.AspNetCore.SignalR;

namespace CommerceHub.LiveConsole.Board;

/// <summary>The hub's reason for a refusal, in the words staff should read.</summary>
public static class HubErrors
{
    private const string HubExceptionPrefix = "HubException: ";

    public static string Text(Exception exception) => exception switch
    {
        // The hub's own words follow SignalR's "An unexpected error occurred invoking 'X' on the server. HubException: " prefix.
        HubException hub => hub.Message.IndexOf(HubExceptionPrefix, StringComparison.Ordinal) is var i and >= 0
            ? hub.Message[(i + HubExceptionPrefix.Length)..] : hub.Message,
        HubApiException api => api.Message,
        _ => exception.Message,
    };
}
