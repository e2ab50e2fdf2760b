namespace CommerceHub.HubApi.Tests.Infrastructure;

/// <summary>Valid product bodies with unique codes and SKUs, so tests sharing one hub never collide.</summary>
public static class Products
{
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 60)].ToUpperInvariant();

    public static Dictionary<string, object?> Valid(string? code = null, params string[] skus)
    {
        code ??= Unique("T");
        if (skus.Length == 0)
        {
            skus = [code + "-A", code + "-B"];
        }

        return new Dictionary<string, object?>
        {
            ["code"] = code,
            ["titles"] = new Dictionary<string, string> { ["zh-CN"] = "纯棉T恤", ["en"] = "Cotton T-shirt", ["vi"] = "Áo thun cotton" },
            ["descriptions"] = new Dictionary<string, string> { ["zh-CN"] = "100%纯棉。" },
            ["hsCode"] = "6109100000",
            ["origin"] = "CN",
            ["brand"] = "Youyi",
            ["category"] = "Clothing/T-shirts",
            ["imageUrls"] = new[] { "https://img.example.com/t/1.jpg" },
            ["variants"] = skus.Select((sku, i) => new Dictionary<string, object?>
            {
                ["sku"] = sku,
                ["options"] = new Dictionary<string, string> { ["colour"] = i % 2 == 0 ? "black" : "white" },
                ["priceCny"] = 39.90m + i,
                ["costCny"] = 18.50m,
                ["weightGrams"] = 180,
                ["lengthMm"] = 300,
                ["widthMm"] = 250,
                ["heightMm"] = 20,
                ["barcode"] = "6901234567892",
            }).ToList(),
        };
    }
}
