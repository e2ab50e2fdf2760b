using System.Text.RegularExpressions;
using CommerceHub.HubApi.Contracts.Live;
using CommerceHub.HubApi.Infrastructure.Errors;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>The limits of live sessions and flash sales (TikTok LIVE's for sales), checked field by field.</summary>
public static partial class LiveInputs
{
    public const int MaxChannels = 10;
    public const int MaxLineup = 200;
    public const int MinCountdownSeconds = 10;
    public const int MaxCountdownSeconds = 300;
    public const int MinDurationMinutes = 1;
    public const int MaxDurationMinutes = 20;
    public const int MaxSaleItems = 100;

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    public static Validation Schedule(ScheduleLiveSessionRequest? input, DateTimeOffset now)
    {
        var v = new Validation();
        if (input is null)
        {
            return v.Add("body", "is required.");
        }

        v.Required(input.Title, "title", 200)
            .Check(input.Currency is not null && CurrencyPattern().IsMatch(input.Currency), "currency", "must be an ISO 4217 code such as CNY, VND or RUB.")
            .Check(input.ScheduledStart > now.AddDays(-1) && input.ScheduledStart < now.AddYears(1), "scheduledStart", "must be within a day ago and a year ahead.")
            .Check(input.Channels is { Count: > 0 and <= MaxChannels }, "channels", $"must list 1 to {MaxChannels} of your sales channels.")
            .Check(input.Channels is null || input.Channels.Distinct(StringComparer.Ordinal).Count() == input.Channels.Count, "channels", "must not repeat a channel.");
        return Lineup(v, input.Lineup, input.Currency);
    }

    public static Validation Lineup(Validation v, IReadOnlyList<LineupEntry>? lineup, string? currency)
    {
        if (lineup is null)
        {
            return v.Add("lineup", "is required (it may be empty).");
        }

        return v.Check(lineup.Count <= MaxLineup, "lineup", $"must hold at most {MaxLineup} products.")
            .Check(lineup.All(l => !string.IsNullOrWhiteSpace(l?.Sku)), "lineup", "every product needs a SKU.")
            .Check(lineup.Select(l => l?.Sku).Distinct(StringComparer.Ordinal).Count() == lineup.Count, "lineup", "must not repeat a SKU.")
            .Check(lineup.All(l => l?.LivePrice is null or > 0), "lineup", "a live price must be more than 0.")
            .Check(currency == "CNY" || lineup.All(l => l?.LivePrice is not null), "lineup", "needs a live price for every product when the session's currency is not CNY.");
    }

    public static Validation FlashSale(StartFlashSaleRequest? input, IReadOnlyCollection<string> lineup)
    {
        var v = new Validation();
        if (input is null)
        {
            return v.Add("body", "is required.");
        }

        v.Check(input.CountdownSeconds is >= MinCountdownSeconds and <= MaxCountdownSeconds, "countdownSeconds", $"must be between {MinCountdownSeconds} and {MaxCountdownSeconds} seconds.")
            .Check(input.DurationMinutes is >= MinDurationMinutes and <= MaxDurationMinutes, "durationMinutes", $"must be between {MinDurationMinutes} and {MaxDurationMinutes} minutes.")
            .Check(input.Items is { Count: > 0 and <= MaxSaleItems }, "items", $"must hold 1 to {MaxSaleItems} products.");
        if (input.Items is null)
        {
            return v;
        }

        return v.Check(input.Items.Select(i => i?.Sku).Distinct(StringComparer.Ordinal).Count() == input.Items.Count, "items", "must not repeat a SKU.")
            .Check(input.Items.All(i => i?.Sku is not null && lineup.Contains(i.Sku)), "items", "every SKU must be in the session's lineup.")
            .Check(input.Items.All(i => i?.Quantity > 0), "items", "every quantity must be 1 or more.")
            .Check(input.Items.All(i => i?.SalePrice > 0), "items", "every sale price must be more than 0.");
    }
}
