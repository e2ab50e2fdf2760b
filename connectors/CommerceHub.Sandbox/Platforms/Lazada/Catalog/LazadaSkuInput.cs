using System.Text.Json.Nodes;

namespace CommerceHub.Sandbox.Platforms.Lazada.Catalog;

/// <summary>One Skus.Sku entry of a payload. Create/update use quantity, price, special_price; price_quantity/update uses Quantity, Price, SalePrice.</summary>
internal sealed record LazadaSkuInput(
    long? ItemId,
    long? SkuId,
    string? SellerSku,
    int? Quantity,
    decimal? Price,
    decimal? SpecialPrice,
    string? Status,
    IReadOnlyDictionary<string, string> Extra)
{
    // Wire names that equal this record's property names; constants keep them apart from the C# members.
    private const string ItemIdField = "ItemId";
    private const string SkuIdField = "SkuId";
    private const string SellerSkuField = "SellerSku";
    private const string StatusField = "Status";
    private const string QuantityField = "Quantity";

    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "ItemId", "SkuId", "SellerSku", "quantity", "price", "special_price", "SalePrice", "Status", "MultiWarehouseInventories", "Images", "saleProp",
    };

    public string Label => SellerSku ?? SkuId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>The entry, or a message saying which field is wrong.</summary>
    public static (LazadaSkuInput? Input, string? Problem) From(JsonNode node)
    {
        var quantity = QuantityOf(node);
        if (quantity is { Valid: false })
        {
            return (null, "quantity must be a whole number of at least 0");
        }

        var price = LazadaPayload.Decimal(node["price"]);
        var special = LazadaPayload.Decimal(node["special_price"]) ?? LazadaPayload.Decimal(node["SalePrice"]);
        if (price is <= 0 || special is < 0 || (node["price"] is not null && price is null))
        {
            return (null, "price must be a number above 0");
        }

        var extra = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in node.AsObject())
        {
            if (value is JsonObject group && name.Equals("saleProp", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var (prop, propValue) in group)
                {
                    extra[prop] = LazadaPayload.Text(propValue) ?? "";
                }
            }
            else if (!Known.Contains(name) && LazadaPayload.Text(value) is { } text)
            {
                extra[name] = text;
            }
        }

        var sellerSku = LazadaPayload.Text(node[SellerSkuField]);
        var input = new LazadaSkuInput(
            LazadaPayload.Long(node[ItemIdField]),
            LazadaPayload.Long(node[SkuIdField]),
            string.IsNullOrWhiteSpace(sellerSku) ? null : sellerSku,
            quantity?.Value,
            price,
            special,
            LazadaPayload.Text(node[StatusField]),
            extra);
        return (input, null);
    }

    /// <summary>Writes what the entry carries onto the SKU; caller holds the product's Gate.</summary>
    public void ApplyTo(LazadaSku sku)
    {
        sku.Quantity = Quantity ?? sku.Quantity;
        sku.Price = Price ?? sku.Price;
        sku.SpecialPrice = SpecialPrice ?? sku.SpecialPrice;
        sku.Status = Status is { } status && status.Equals("inactive", StringComparison.OrdinalIgnoreCase) ? "inactive"
            : Status is not null ? "active"
            : sku.Status;
        foreach (var (name, value) in Extra)
        {
            sku.Extra[name] = value;
        }
    }

    // Quantity is either a plain number or the sum of MultiWarehouseInventories.MultiWarehouseInventory[].Quantity.
    private static (int Value, bool Valid)? QuantityOf(JsonNode node)
    {
        var warehouses = LazadaPayload.Many(node["MultiWarehouseInventories"], "MultiWarehouseInventory");
        var raw = warehouses.Count > 0 ? warehouses.Select(w => w[QuantityField]).ToList() : node["quantity"] is { } q ? [q] : [];
        if (raw.Count == 0)
        {
            return null;
        }

        var values = raw.Select(LazadaPayload.Long).ToList();
        return values.All(v => v is >= 0 and <= int.MaxValue) ? ((int)Math.Min(int.MaxValue, values.Sum(v => v ?? 0)), true) : (0, false);
    }
}
