namespace CommerceHub.Sandbox.Platforms.CustomsSingleWindow;

/// <summary>Structured log events of the single-window simulator; message bodies are never logged.</summary>
internal static partial class SingleWindowLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Customs accepted {MessageType} {MessageGuid} with {Records} records (duplicate: {Duplicate})")]
    public static partial void Accepted(ILogger logger, string? messageType, string? messageGuid, int records, bool duplicate);

    [LoggerMessage(Level = LogLevel.Information, Message = "Customs refused {MessageType} {MessageGuid} with CEB900 (duplicate: {Duplicate})")]
    public static partial void Refused(ILogger logger, string? messageType, string? messageGuid, bool duplicate);
}
