using System.Globalization;

namespace CommerceHub.Sandbox.Platforms.Shopee.Orders;

/// <summary>Readable sample data for buyers' orders.</summary>
internal static class ShopeeOrderSamples
{
    // Shopee order_sn: yyMMdd followed by 8 upper-case letters and digits (e.g. 220810QSK8S7BX).
    public static string OrderSn(DateTimeOffset now, long sequence)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        var chars = new char[8];
        var value = sequence;
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = alphabet[(int)(value % alphabet.Length)];
            value /= alphabet.Length;
        }

        return now.ToOffset(TimeSpan.FromHours(8)).ToString("yyMMdd", CultureInfo.InvariantCulture) + new string(chars);
    }

    public static ShopeeRecipient Recipient(string region, long sequence) => region switch
    {
        "TH" => new ShopeeRecipient($"Buyer {sequence}", "66******89", "Khlong Toei", "Khlong Toei", "Bangkok", "Bangkok", "TH", "10110", "99 Sukhumvit Rd, Khlong Toei, Bangkok 10110"),
        _ => new ShopeeRecipient($"Buyer {sequence}", "84******89", "Ben Nghe", "Quan 1", "Ho Chi Minh", "Ho Chi Minh", region, "700000", "12 Le Loi, Ben Nghe, Quan 1, Ho Chi Minh"),
    };
}
