using CommerceHub.Connectors.Abstractions;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Currency;

/// <summary>
/// Conversions between CNY and the markets' currencies at the operator's rates, in <c>decimal</c>, rounded to the
/// target currency's marketplace precision (VND and IDR whole units).
/// </summary>
public sealed class CurrencyRates(HubDbContext db)
{
    private Dictionary<string, decimal>? _rates;

    public async Task<decimal> ToCnyAsync(decimal amount, string currency, CancellationToken ct)
    {
        if (string.Equals(currency, "CNY", StringComparison.OrdinalIgnoreCase))
        {
            return amount;
        }

        return Math.Round(amount * await RateAsync(currency, ct), 2, MidpointRounding.AwayFromZero);
    }

    public async Task<decimal> FromCnyAsync(decimal yuan, string currency, CancellationToken ct)
    {
        if (string.Equals(currency, "CNY", StringComparison.OrdinalIgnoreCase))
        {
            return yuan;
        }

        return Math.Round(yuan / await RateAsync(currency, ct), Currencies.MinorUnits(currency), MidpointRounding.AwayFromZero);
    }

    public async Task<decimal> RateAsync(string currency, CancellationToken ct)
    {
        // A Chinese shop (Taobao, JD, Douyin) sells in yuan: its rate is 1 and never an operator's table entry.
        if (string.Equals(currency, "CNY", StringComparison.OrdinalIgnoreCase))
        {
            return 1m;
        }

        _rates ??= await db.Set<CurrencyRate>().AsNoTracking().ToDictionaryAsync(r => r.Currency, r => r.CnyPerUnit, StringComparer.OrdinalIgnoreCase, ct);
        return _rates.TryGetValue(currency, out var rate)
            ? rate
            : throw new HubValidationException(new Dictionary<string, string[]>
            {
                ["currency"] = [$"The operator has not set a CNY rate for {currency}; add it under /api/currency-rates."],
            });
    }
}
