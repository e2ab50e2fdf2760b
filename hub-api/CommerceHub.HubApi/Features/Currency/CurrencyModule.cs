using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Currency;

/// <summary>The rates table: everyone signed in reads it, only the operator changes it.</summary>
public static class CurrencyModule
{
    public sealed record RateInput(decimal? CnyPerUnit);

    public sealed record RateView(string Currency, decimal CnyPerUnit, DateTimeOffset UpdatedAt, string? UpdatedBy);

    public static IServiceCollection AddCurrency(this IServiceCollection services) => services.AddScoped<CurrencyRates>();

    public static IEndpointRouteBuilder MapCurrency(this IEndpointRouteBuilder app)
    {
        var rates = app.MapGroup("/api/currency-rates").WithTags("Currency").RequireAuthorization();
        rates.MapGet("/", (HubDbContext db, CancellationToken ct) => db.Set<CurrencyRate>().AsNoTracking().OrderBy(r => r.Currency)
            .Select(r => new RateView(r.Currency, r.CnyPerUnit, r.UpdatedAt, r.UpdatedBy)).ToListAsync(ct));
        rates.MapPut("/{currency}", Put).RequireAuthorization(Policies.Operator);
        return app;
    }

    private static async Task<RateView> Put(string currency, RateInput input, HubDbContext db, ICurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        currency = currency.ToUpperInvariant();
        new Validation()
            .Check(currency.Length == 3 && currency.All(char.IsAsciiLetterUpper), "currency", "must be a three-letter ISO 4217 code.")
            .Check(currency != "CNY", "currency", "CNY is the base currency; its rate is always 1.")
            .Check(input.CnyPerUnit is > 0 and < 100_000, "cnyPerUnit", "must be greater than 0 and below 100000.")
            .ThrowIfInvalid();
        var rate = await db.Set<CurrencyRate>().SingleOrDefaultAsync(r => r.Currency == currency, ct);
        rate ??= db.Add(new CurrencyRate { Currency = currency }).Entity;
        (rate.CnyPerUnit, rate.UpdatedAt, rate.UpdatedBy) = (input.CnyPerUnit!.Value, clock.GetUtcNow(), user.UserId?.ToString());
        await db.SaveChangesAsync(ct);
        return new RateView(rate.Currency, rate.CnyPerUnit, rate.UpdatedAt, rate.UpdatedBy);
    }

    /// <summary>Approximate rates of late 2026 for a fresh hub, so that prices and order totals convert before the operator edits them.</summary>
    public static readonly IReadOnlyDictionary<string, decimal> StarterRates = new Dictionary<string, decimal>
    {
        ["VND"] = 0.000275m, ["THB"] = 0.2m, ["MYR"] = 1.62m, ["SGD"] = 5.45m, ["PHP"] = 0.123m, ["IDR"] = 0.000435m,
        ["USD"] = 7.1m, ["RUB"] = 0.089m, ["KZT"] = 0.0139m,
    };
}
