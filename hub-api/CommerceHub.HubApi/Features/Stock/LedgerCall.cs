using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.Inventory.Ledger;

namespace CommerceHub.HubApi.Features.Stock;

/// <summary>The ledger is being rebuilt from the database; the caller should retry shortly.</summary>
public sealed class LedgerRebuildingException(string detail)
    : HubException(StatusCodes.Status503ServiceUnavailable, "Stock ledger unavailable", detail);

/// <summary>Turns the inventory library's refusals into the hub's ProblemDetails exceptions.</summary>
public static class LedgerCall
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ArgumentException e)
        {
            throw new HubValidationException(e.ParamName ?? "request", e.Message);
        }
        catch (ReservationNotFoundException e)
        {
            throw new NotFoundException(e.Message);
        }
        catch (ReservationConflictException e)
        {
            throw new ConflictException(e.Message);
        }
        catch (LedgerUnavailableException e)
        {
            throw new LedgerRebuildingException(e.Message);
        }
    }
}
