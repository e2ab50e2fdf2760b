namespace CommerceHub.Sandbox.Core;

/// <summary>Structured log events of the sandbox. Tokens, keys and signatures are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "{Marketplace} push {PushId} for shop {ShopId} failed: {Reason}")]
    public static partial void PushFailed(ILogger logger, string marketplace, string shopId, long pushId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Marketplace} push {PushId} for shop {ShopId} given up after {Attempts} attempts")]
    public static partial void PushGaveUp(ILogger logger, string marketplace, string shopId, long pushId, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Marketplace} scenario {ScenarioId} for shop {ShopId}: {Created} orders created, {SoldOut} refused for lack of stock")]
    public static partial void ScenarioFinished(ILogger logger, string marketplace, string scenarioId, string shopId, int created, int soldOut);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Marketplace} clock moved forward by {Seconds} s")]
    public static partial void ClockMoved(ILogger logger, string marketplace, double seconds);
}
