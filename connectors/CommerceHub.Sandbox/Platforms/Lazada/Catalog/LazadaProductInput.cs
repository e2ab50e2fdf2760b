using System.Text.Json.Nodes;

namespace CommerceHub.Sandbox.Platforms.Lazada.Catalog;

/// <summary>Reads the "payload" parameter the product APIs share and words per-SKU problems the way the error detail lists them.</summary>
internal static class LazadaProductInput
{
    /// <summary>The payload's Product node, or the error to answer with.</summary>
    public static (JsonObject? Product, IResult? Error) ReadProduct(LazadaCaller caller)
    {
        if (caller["payload"] is not { Length: > 0 } payload)
        {
            return (null, LazadaJson.Error(LazadaErrors.MissingParameter("payload")));
        }

        return LazadaPayload.Product(payload) is { } product
            ? (product, null)
            : (null, LazadaJson.Error(LazadaErrors.InvalidParameter("payload must be <Request><Product>…</Product></Request> in XML or the same tree in JSON")));
    }

    public static object Detail(string field, string message, string sellerSku) => new { Field = field, Message = message, SellerSku = sellerSku };

    public static (List<LazadaSkuInput> Skus, List<object> Problems) ReadSkus(JsonObject product)
    {
        var skus = new List<LazadaSkuInput>();
        var problems = new List<object>();
        foreach (var node in LazadaPayload.Many(product["Skus"], "Sku"))
        {
            var (sku, problem) = LazadaSkuInput.From(node);
            if (sku is not null)
            {
                skus.Add(sku);
            }
            else
            {
                problems.Add(Detail("Sku", problem ?? "", LazadaPayload.Text(node["SellerSku"]) ?? ""));
            }
        }

        return (skus, problems);
    }
}
