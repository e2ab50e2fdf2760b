using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Orders;

/// <summary>How a platform's state of an order merges into the stored row: newer states win, older ones change nothing.</summary>
internal static class OrderMerge
{
    /// <summary>Order is (platform update time, status rank, tracking number known): several moves can share one second.</summary>
    public static bool IsNewer(OrderSnapshot snapshot, OrderSnapshot than) =>
        IsNewer(snapshot, than.UpdatedAt, than.Status, than.TrackingNumber);

    public static ImportOutcome Apply(OrderSnapshot snapshot, Order stored)
    {
        if (!IsNewer(snapshot, stored.PlatformUpdatedAt, stored.Status, stored.TrackingNumber))
        {
            return ImportOutcome.Unchanged;
        }

        stored.Status = snapshot.Status;
        stored.PlatformStatus = snapshot.PlatformStatus;
        stored.PlatformUpdatedAt = snapshot.UpdatedAt;
        stored.PaidAt ??= snapshot.PaidAt;
        stored.TrackingNumber = snapshot.TrackingNumber ?? stored.TrackingNumber;
        return ImportOutcome.Updated;
    }

    private static bool IsNewer(OrderSnapshot snapshot, DateTimeOffset updatedAt, OrderLifecycle status, string? trackingNumber) =>
        snapshot.UpdatedAt > updatedAt
        || (snapshot.UpdatedAt == updatedAt
            && (snapshot.Status.Rank() > status.Rank() || (snapshot.TrackingNumber is not null && trackingNumber is null)));

    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
