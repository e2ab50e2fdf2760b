using CommerceHub.HubApi.Features.Auth;
using CommerceHub.HubApi.Features.Catalog.Products;
using CommerceHub.HubApi.Infrastructure.Auth;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Http;
using CommerceHub.HubApi.Infrastructure.Persistence;
using CommerceHub.HubApi.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Users;

/// <summary>
/// Users of a merchant. The operator adds users to any merchant; a merchant admin only to its own, and never an operator.
/// </summary>
public static class UserEndpoints
{
    public sealed record CreateRequest(string? Email, string? DisplayName, string? Password, HubRole? Role, string? Language);

    public sealed record UserView(Guid Id, string Email, string DisplayName, string Role, Guid? MerchantId, string Language);

    public static async Task<Created<UserView>> CreateForMerchant(Guid merchantId, CreateRequest request, HubDbContext db,
        IPasswordHasher<HubUser> hasher, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Merchants.AnyAsync(m => m.Id == merchantId, ct))
        {
            throw new NotFoundException($"No merchant {merchantId}.");
        }

        return await CreateAsync(merchantId, request, db, hasher, clock, ct);
    }

    public static Task<Created<UserView>> CreateInOwnMerchant(CreateRequest request, ICurrentUser user, HubDbContext db,
        IPasswordHasher<HubUser> hasher, TimeProvider clock, CancellationToken ct) =>
        CreateAsync(user.RequireMerchantId(), request, db, hasher, clock, ct);

    public static Task<Page<UserView>> ListOwnMerchant([AsParameters] PageQuery page, ICurrentUser user, HubDbContext db, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.MerchantId == user.MerchantId).OrderBy(u => u.Email)
            .Select(u => new UserView(u.Id, u.Email, u.DisplayName, u.Role.ToString(), u.MerchantId, u.Language))
            .ToPageAsync(page, ct);

    private static async Task<Created<UserView>> CreateAsync(Guid merchantId, CreateRequest request, HubDbContext db,
        IPasswordHasher<HubUser> hasher, TimeProvider clock, CancellationToken ct)
    {
        new Validation()
            .Required(request.Email, "email", 200)
            .Check(request.Email is null || (request.Email.Contains('@', StringComparison.Ordinal) && !request.Email.Contains(' ', StringComparison.Ordinal)), "email", "is not an e-mail address.")
            .Required(request.DisplayName, "displayName", 200)
            .Check(request.Password is { Length: >= 10 and <= 200 }, "password", "must be 10 to 200 characters.")
            .Check(request.Role is not null && request.Role != HubRole.Operator, "role", "must be MerchantAdmin, Host or Warehouse.")
            .Check(request.Language is null || ProductRules.Languages.Contains(request.Language), "language", "is not a supported language.")
            .ThrowIfInvalid();
        var email = request.Email!.Trim().ToLowerInvariant();
        if (await db.Users.AnyAsync(u => u.Email == email, ct))
        {
            throw new ConflictException($"A user with e-mail '{email}' exists.");
        }

        var user = new HubUser
        {
            Email = email,
            DisplayName = request.DisplayName!.Trim(),
            MerchantId = merchantId,
            Role = request.Role!.Value,
            Language = request.Language ?? "en",
            CreatedAt = clock.GetUtcNow(),
        };
        user.PasswordHash = hasher.HashPassword(user, request.Password!);
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/users/{user.Id}",
            new UserView(user.Id, user.Email, user.DisplayName, user.Role.ToString(), user.MerchantId, user.Language));
    }
}
