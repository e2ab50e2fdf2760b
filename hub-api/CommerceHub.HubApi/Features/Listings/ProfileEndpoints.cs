using CommerceHub.HubApi.Features.Shops;
using CommerceHub.HubApi.Infrastructure.Errors;
using CommerceHub.HubApi.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Features.Listings;

/// <summary>A shop's listing profile: read (defaults when never saved) and replace.</summary>
public static class ProfileEndpoints
{
    private static readonly HashSet<string> Languages = ["zh-CN", "en", "vi", "th", "ms", "id", "ru", "kk"];

    public sealed record ProfileInput(
        string? Language, decimal? MarkupPercent, decimal? RoundTo, string? DefaultCategoryId,
        Dictionary<string, string>? Categories, decimal? MaxVariantPriceRatio);

    public sealed record ProfileView(
        Guid ShopId, string Language, decimal MarkupPercent, decimal RoundTo, string DefaultCategoryId,
        IReadOnlyDictionary<string, string> Categories, decimal? MaxVariantPriceRatio, bool Saved);

    public static async Task<ProfileView> Get(Guid id, HubDbContext db, CancellationToken ct)
    {
        var shop = await ShopAsync(db, id, ct);
        var saved = await db.Set<ListingProfile>().AsNoTracking().SingleOrDefaultAsync(p => p.ShopConnectionId == id, ct);
        return View(saved ?? ListingProfile.Defaults(shop), saved is not null);
    }

    public static async Task<ProfileView> Put(Guid id, ProfileInput input, HubDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var shop = await ShopAsync(db, id, ct);
        new Validation()
            .Check(input.Language is not null && Languages.Contains(input.Language), "language", $"must be one of {string.Join(", ", Languages)}.")
            .Check(input.MarkupPercent is >= -50 and <= 500, "markupPercent", "must be between -50 and 500.")
            .Check(input.RoundTo is > 0 and <= 100_000, "roundTo", "must be greater than 0 and at most 100000.")
            .Check(!string.IsNullOrWhiteSpace(input.DefaultCategoryId) && input.DefaultCategoryId.Length <= 64, "defaultCategoryId", "is required (at most 64 characters).")
            .Check(input.Categories is null || input.Categories.Count <= 5_000, "categories", "at most 5000 entries.")
            .Check(input.MaxVariantPriceRatio is null or (>= 1 and <= 1_000), "maxVariantPriceRatio", "must be between 1 and 1000, or null.")
            .ThrowIfInvalid();
        var profile = await db.Set<ListingProfile>().SingleOrDefaultAsync(p => p.ShopConnectionId == id, ct);
        if (profile is null)
        {
            profile = ListingProfile.Defaults(shop);
            db.Add(profile);
        }

        profile.Language = input.Language!;
        profile.MarkupPercent = input.MarkupPercent!.Value;
        profile.RoundTo = input.RoundTo!.Value;
        profile.DefaultCategoryId = input.DefaultCategoryId!.Trim();
        profile.Categories = input.Categories ?? [];
        profile.MaxVariantPriceRatio = input.MaxVariantPriceRatio;
        profile.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return View(profile, saved: true);
    }

    private static async Task<ShopConnection> ShopAsync(HubDbContext db, Guid id, CancellationToken ct) =>
        await db.Set<ShopConnection>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new NotFoundException($"Shop connection {id} does not exist.");

    private static ProfileView View(ListingProfile p, bool saved) => new(p.ShopConnectionId, p.Language, p.MarkupPercent, p.RoundTo,
        p.DefaultCategoryId, p.Categories, p.MaxVariantPriceRatio, saved);
}
