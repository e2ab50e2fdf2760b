using Microsoft.Extensions.Options;

namespace CommerceHub.Inventory;

public sealed class InventoryOptions
{
    /// <summary>Available stock (over all warehouses) below which a Low event is published.</summary>
    public long LowStockThreshold { get; set; } = 5;

    public int OutboxBatchSize { get; set; } = 500;

    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a drainer may hold the outbox before another node may take over.</summary>
    public TimeSpan DrainLockTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a closed reservation stays in Redis so repeated calls with its id stay idempotent.</summary>
    public TimeSpan ClosedReservationRetention { get; set; } = TimeSpan.FromDays(2);

    public TimeSpan AllocationRuleCacheTime { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class InventoryOptionsValidator : IValidateOptions<InventoryOptions>
{
    public ValidateOptionsResult Validate(string? name, InventoryOptions options)
    {
        var errors = new List<string>();
        if (options.LowStockThreshold < 0)
        {
            errors.Add("LowStockThreshold must not be negative.");
        }

        if (options.OutboxBatchSize is < 1 or > 10_000)
        {
            errors.Add("OutboxBatchSize must be between 1 and 10000.");
        }

        if (options.OutboxPollInterval <= TimeSpan.Zero || options.DrainLockTime < TimeSpan.FromSeconds(1))
        {
            errors.Add("OutboxPollInterval must be positive and DrainLockTime at least one second.");
        }

        if (options.ClosedReservationRetention < TimeSpan.FromMinutes(1) || options.AllocationRuleCacheTime < TimeSpan.Zero)
        {
            errors.Add("ClosedReservationRetention must be at least a minute and AllocationRuleCacheTime not negative.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
