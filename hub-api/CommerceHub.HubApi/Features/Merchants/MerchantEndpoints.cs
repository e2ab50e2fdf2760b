using System.Text.RegularExpressions;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Http;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Merchants;

/// <summary>The park operator's view of its tenants.</summary>
public static partial class MerchantEndpoints
{
    public sealed record CreateRequest(string? Code, string? Name, string? City);

    public sealed record MerchantView(Guid Id, string Code, string Name, string? City, DateTimeOffset CreatedAt);

    public static async Task<Created<MerchantView>> Create(CreateRequest request, HubDbContext db, TimeProvider clock, CancellationToken ct)
    {
        new Validation()
            .Required(request.Code, "code", 40)
            .Check(request.Code is null || CodePattern().IsMatch(request.Code), "code", "lower-case letters, digits and '-' only.")
            .Required(request.Name, "name", 200)
            .Check((request.City?.Length ?? 0) <= 100, "city", "must be at most 100 characters.")
            .ThrowIfInvalid();
        if (await db.Merchants.AnyAsync(m => m.Code == request.Code, ct))
        {
            throw new ConflictException($"Merchant code '{request.Code}' is already used.");
        }

        var merchant = new Merchant { Code = request.Code!, Name = request.Name!.Trim(), City = request.City, CreatedAt = clock.GetUtcNow() };
        db.Merchants.Add(merchant);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/merchants/{merchant.Id}", View(merchant));
    }

    public static Task<Page<MerchantView>> List([AsParameters] PageQuery page, HubDbContext db, CancellationToken ct) =>
        db.Merchants.AsNoTracking().OrderBy(m => m.Code)
            .Select(m => new MerchantView(m.Id, m.Code, m.Name, m.City, m.CreatedAt)).ToPageAsync(page, ct);

    private static MerchantView View(Merchant m) => new(m.Id, m.Code, m.Name, m.City, m.CreatedAt);

    [GeneratedRegex("^[a-z0-9-]{2,40}$")]
    private static partial Regex CodePattern();
}
