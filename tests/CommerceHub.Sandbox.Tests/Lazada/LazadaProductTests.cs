using System.Globalization;
using System.Text;
using System.Text.Json;
using CommerceHub.Sandbox.Tests.Support;

namespace CommerceHub.Sandbox.Tests.Lazada;

public sealed class LazadaProductTests
{
    private const string PriceQuantity = "/product/price_quantity/update";

    [Fact]
    public async Task Create_XmlPayload_ListedByProductsGet()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerTh);
        const string payload = "<Request><Product><PrimaryCategory>10002019</PrimaryCategory><Attributes><name>Thai tea</name></Attributes>"
            + "<Skus><Sku><SellerSku>TEA-1</SellerSku><quantity>7</quantity><price>99.50</price><saleProp><size>L</size></saleProp></Sku></Skus></Product></Request>";

        var created = (await sandbox.Lazada.PostAsync("/product/create", LazadaSandbox.SellerTh, ("payload", payload))).EnsureOk().Data;
        var listed = (await sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerTh, ("filter", "live"))).EnsureOk().Data;

        var sku = created.GetProperty("sku_list")[0];
        Assert.Equal("TEA-1", sku.GetProperty("seller_sku").GetString());
        var product = listed.GetProperty("products").EnumerateArray().Single();
        Assert.Equal(created.GetProperty("item_id").GetInt64(), product.GetProperty("item_id").GetInt64());
        Assert.Equal("Thai tea", product.GetProperty("attributes").GetProperty("name").GetString());
        var listedSku = product.GetProperty("skus")[0];
        Assert.Equal(sku.GetProperty("sku_id").GetInt64(), listedSku.GetProperty("SkuId").GetInt64());
        Assert.Equal(7, listedSku.GetProperty("quantity").GetInt32());
        Assert.Equal(99.50m, listedSku.GetProperty("price").GetDecimal());
        Assert.Equal("L", listedSku.GetProperty("size").GetString());
    }

    [Fact]
    public async Task PriceQuantityUpdate_XmlPayload_ChangesStockAndPrice()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        var (itemId, skus) = await sandbox.AddProductAsync(LazadaSandbox.SellerVn, 5, 6);

        var payload = $"<Request><Product><Skus><Sku><ItemId>{itemId}</ItemId><SkuId>{skus[1]}</SkuId><Quantity>40</Quantity><Price>120000</Price></Sku></Skus></Product></Request>";
        (await sandbox.Lazada.PostAsync(PriceQuantity, LazadaSandbox.SellerVn, ("payload", payload))).EnsureOk();

        var listed = (await sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerVn)).EnsureOk().Data.GetProperty("products")[0].GetProperty("skus");
        Assert.Equal(5, listed[0].GetProperty("quantity").GetInt32());
        Assert.Equal(40, listed[1].GetProperty("quantity").GetInt32());
        Assert.Equal(120000m, listed[1].GetProperty("price").GetDecimal());
    }

    [Fact]
    public async Task PriceQuantityUpdate_FiftyOneSkus_Returns4171()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        var (_, skus) = await sandbox.AddProductAsync(LazadaSandbox.SellerVn, 5);

        var result = await sandbox.Lazada.PostAsync(PriceQuantity, LazadaSandbox.SellerVn, ("payload", SkuPayload(skus[0], 51)));
        var fifty = await sandbox.Lazada.PostAsync(PriceQuantity, LazadaSandbox.SellerVn, ("payload", SkuPayload(skus[0], 50)));

        Assert.Equal("4171", result.Code);
        fifty.EnsureOk();
    }

    [Fact]
    public async Task PriceQuantityUpdate_BelowCampaignLock_RefusedUntilCampaignEnds()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        var (itemId, skus) = await sandbox.AddProductAsync(LazadaSandbox.SellerVn, 20);
        var campaign = await sandbox.AdminAsync(HttpMethod.Post, "/campaigns", new
        {
            shopId = LazadaSandbox.SellerVn,
            itemId = itemId.ToString(CultureInfo.InvariantCulture),
            modelId = skus[0].ToString(CultureInfo.InvariantCulture),
            quantity = 8,
        });

        var below = await sandbox.Lazada.PostAsync(PriceQuantity, LazadaSandbox.SellerVn, ("payload", SkuPayload(skus[0], 1, quantity: 7)));
        var atLock = await sandbox.Lazada.PostAsync(PriceQuantity, LazadaSandbox.SellerVn, ("payload", SkuPayload(skus[0], 1, quantity: 8)));
        await sandbox.AdminAsync(HttpMethod.Post, $"/campaigns/{campaign.GetProperty("id").GetString()}/end");
        var afterEnd = await sandbox.Lazada.PostAsync(PriceQuantity, LazadaSandbox.SellerVn, ("payload", SkuPayload(skus[0], 1, quantity: 0)));

        Assert.Equal("ISP", below.Type);
        Assert.Contains("locked by a running campaign", below.Json.GetProperty("detail")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        atLock.EnsureOk();
        afterEnd.EnsureOk();
    }

    [Fact]
    public async Task Update_NewSellerSku_AddsSkuToProduct()
    {
        await using var sandbox = await LazadaSandbox.StartAsync();
        await sandbox.Lazada.AuthorizeAsync(LazadaSandbox.SellerVn);
        var (itemId, _) = await sandbox.AddProductAsync(LazadaSandbox.SellerVn, 3);

        var payload = JsonSerializer.Serialize(new
        {
            Request = new { Product = new { ItemId = itemId.ToString(CultureInfo.InvariantCulture), Attributes = new { name = "Renamed" }, Skus = new { Sku = new[] { new { SellerSku = "NEW-1", quantity = "4", price = "200000" } } } } },
        });
        (await sandbox.Lazada.PostAsync("/product/update", LazadaSandbox.SellerVn, ("payload", payload))).EnsureOk();

        var product = (await sandbox.Lazada.GetAsync("/products/get", LazadaSandbox.SellerVn)).EnsureOk().Data.GetProperty("products")[0];
        Assert.Equal("Renamed", product.GetProperty("attributes").GetProperty("name").GetString());
        Assert.Equal(["NEW-1"], product.GetProperty("skus").EnumerateArray().Skip(1).Select(s => s.GetProperty("SellerSku").GetString()));
    }

    // The same SKU repeated: enough to test the per-call limit without creating 51 SKUs.
    private static string SkuPayload(long skuId, int count, int quantity = 1)
    {
        var xml = new StringBuilder("<Request><Product><Skus>");
        for (var i = 0; i < count; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<Sku><SkuId>{skuId}</SkuId><Quantity>{quantity}</Quantity></Sku>");
        }

        return xml.Append("</Skus></Product></Request>").ToString();
    }
}
