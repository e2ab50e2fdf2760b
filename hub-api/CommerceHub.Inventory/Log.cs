using Microsoft.Extensions.Logging;

namespace CommerceHub.Inventory;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Stock ledger is not loaded in Redis (script {Script}); rebuilding from the durable ledger.")]
    public static partial void LedgerNotLoaded(ILogger logger, string script);

    [LoggerMessage(2, LogLevel.Information, "Loaded the stock ledger into Redis: {Merchants} merchants, {Balances} balances, {Reservations} open reservations.")]
    public static partial void LedgerLoaded(ILogger logger, int merchants, int balances, int reservations);

    [LoggerMessage(3, LogLevel.Warning, "Lost the outbox drain lock after journaling {Count} movements; another node replays them harmlessly.")]
    public static partial void DrainLockLost(ILogger logger, int count);

    [LoggerMessage(4, LogLevel.Error, "Draining the ledger outbox failed; retrying.")]
    public static partial void DrainFailed(ILogger logger, Exception exception);

    [LoggerMessage(5, LogLevel.Error, "Recomputing channel quantities for merchant {MerchantId} SKU {Sku} failed.")]
    public static partial void AllocationFailed(ILogger logger, Exception exception, Guid merchantId, string sku);

    [LoggerMessage(6, LogLevel.Warning, "Reconciliation of merchant {MerchantId} at sequence {Sequence} found {Drifts} drifting balances.")]
    public static partial void DriftFound(ILogger logger, Guid merchantId, long sequence, int drifts);

    [LoggerMessage(7, LogLevel.Error, "Rebuilding the stock ledger at start-up failed; operations will retry it.")]
    public static partial void StartupLoadFailed(ILogger logger, Exception exception);
}
