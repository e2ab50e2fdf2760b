using System.Numerics;
using System.Globalization;
using CommerceHub.HubApi.Features.Catalog.Products;

namespace CommerceHub.HubApi.Features.Catalog.Import;

/// <summary>
/// Turns file rows (one per variant) into products. Product-level columns come from the first row of a product;
/// a later row may leave them empty, but may not contradict them.
/// </summary>
public static class CatalogRowMapper
{
    public sealed record MappedProduct(ProductInput Input, IReadOnlyList<int> Rows, int FirstRow);

    private static readonly string[] ProductColumns = ["hs_code", "origin", "brand", "category", "image_urls"];

    public static IReadOnlyList<MappedProduct> Map(IReadOnlyList<ImportRow> rows, List<ImportError> errors)
    {
        var products = new List<MappedProduct>();
        foreach (var group in rows.GroupBy(r => r["product_code"] ?? "", StringComparer.OrdinalIgnoreCase))
        {
            var list = group.ToList();
            if (group.Key.Length == 0)
            {
                errors.AddRange(list.Select(r => new ImportError(r.Number, "product_code", "is required.")));
                continue;
            }

            var first = list[0];
            CheckConsistent(list, errors);
            var input = new ProductInput
            {
                Code = group.Key,
                Titles = Texts(list, "title_"),
                Descriptions = Texts(list, "description_"),
                HsCode = first["hs_code"],
                Origin = first["origin"]?.ToUpperInvariant(),
                Brand = first["brand"],
                Category = first["category"],
                ImageUrls = first["image_urls"]?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
                Variants = [.. list.Select(r => Variant(r, errors))],
            };
            products.Add(new MappedProduct(input, [.. list.Select(r => r.Number)], first.Number));
        }

        return products;
    }

    private static VariantInput Variant(ImportRow row, List<ImportError> errors)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i <= 3; i++)
        {
            if (row[$"option{i}_name"] is { } name && row[$"option{i}_value"] is { } value)
            {
                options[name] = value;
            }
        }

        return new VariantInput
        {
            Sku = row["sku"],
            Options = options,
            PriceCny = Number<decimal>(row, "price_cny", errors),
            CostCny = Number<decimal>(row, "cost_cny", errors),
            WeightGrams = Number<int>(row, "weight_g", errors),
            LengthMm = Number<int>(row, "length_mm", errors),
            WidthMm = Number<int>(row, "width_mm", errors),
            HeightMm = Number<int>(row, "height_mm", errors),
            Barcode = row["barcode"],
        };
    }

    private static T? Number<T>(ImportRow row, string column, List<ImportError> errors)
        where T : struct, INumber<T>
    {
        if (row[column] is not { } text)
        {
            return null;
        }

        if (T.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new ImportError(row.Number, column, $"'{text}' is not a number (use '.' for decimals)."));
        return null;
    }

    private static Dictionary<string, string> Texts(List<ImportRow> rows, string prefix)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, value) in rows[0].Cells)
        {
            if (column.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && value.Length > 0)
            {
                texts[column[prefix.Length..]] = value;
            }
        }

        return texts;
    }

    private static void CheckConsistent(List<ImportRow> rows, List<ImportError> errors)
    {
        var first = rows[0];
        foreach (var row in rows.Skip(1))
        {
            foreach (var column in row.Cells.Keys.Where(c => ProductColumns.Contains(c, StringComparer.OrdinalIgnoreCase)
                         || c.StartsWith("title_", StringComparison.OrdinalIgnoreCase)
                         || c.StartsWith("description_", StringComparison.OrdinalIgnoreCase)))
            {
                if (row[column] is { } value && !string.Equals(value, first[column], StringComparison.Ordinal))
                {
                    errors.Add(new ImportError(row.Number, column, $"differs from row {first.Number} of the same product."));
                }
            }
        }
    }
}
