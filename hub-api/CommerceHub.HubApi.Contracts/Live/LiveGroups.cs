namespace CommerceHub.HubApi.Contracts.Live;

/// <summary>The live hub's path and SignalR group names, shared by the hub and its clients.</summary>
public static class LiveGroups
{
    /// <summary>Where the live hub is mapped.</summary>
    public const string HubPath = "/hubs/live";

    /// <summary>Every live connection of one merchant's hosts and admins (joined on connect).</summary>
    public static string Merchant(Guid merchantId) => $"live:merchant:{merchantId:N}";

    /// <summary>Every connection watching one session (joined through <see cref="ILiveHub.JoinSession"/>).</summary>
    public static string Session(Guid sessionId) => $"live:session:{sessionId:N}";
}
