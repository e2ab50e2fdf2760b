namespace CommerceHub.Inventory.Ledger;

/// <summary>Base of the refusals the ledger throws; hosts map them to HTTP answers.</summary>
public abstract class InventoryException(string message) : Exception(message);

/// <summary>Redis has lost the ledger and it could not be rebuilt; operations are refused rather than served from zero.</summary>
public sealed class LedgerUnavailableException(string message) : InventoryException(message);

public sealed class ReservationNotFoundException(string reservationId)
    : InventoryException($"Reservation '{reservationId}' does not exist.");

/// <summary>The reservation exists but cannot do what was asked (closed, expired, id reused, more than remains).</summary>
public sealed class ReservationConflictException(string message) : InventoryException(message);
