using System.Collections.Concurrent;
using CommerceHub.Sandbox.Core;
using CommerceHub.Sandbox.Core.Accounts;
using CommerceHub.Sandbox.Platforms.Tiki.Orders;

namespace CommerceHub.Sandbox.Platforms.Tiki.Catalog;

internal sealed class TikiSellerBook(string sellerId)
{
    public string SellerId { get; } = sellerId;

    /// <summary>Guards <see cref="Requests"/> and the creation of products from approved requests.</summary>
    public Lock Gate { get; } = new();

    public List<TikiProductRequest> Requests { get; } = [];

    public ConcurrentDictionary<long, TikiProduct> Products { get; } = new();

    public ConcurrentDictionary<string, TikiOrder> Orders { get; } = new(StringComparer.Ordinal);
}

/// <summary>Every seller's product requests, products and orders, created on first use for sellers the registry knows.</summary>
internal sealed class TikiCatalog(AppRegistry registry, SandboxClock clock)
{
    private readonly ConcurrentDictionary<string, TikiSellerBook> sellers = new(StringComparer.Ordinal);

    // Readable id ranges: requests 7xxxxxxx, products 5xxxxxxx, Tiki SKUs 4xxxxxxxxxxxx.
    private long nextRequestId = 70_000_000;
    private long nextProductId = 50_000_000;

    public TikiSellerBook? Seller(string sellerId) =>
        registry.FindShop(sellerId) is null ? null : sellers.GetOrAdd(sellerId, id => new TikiSellerBook(id));

    public long NewRequestId() => Interlocked.Increment(ref nextRequestId);

    /// <summary>Turns requests that reached "approved" into products, one per variant; every read of the catalog calls this first.</summary>
    public TikiSellerBook Settle(TikiSellerBook book)
    {
        var now = clock.GetUtcNow();
        lock (book.Gate)
        {
            foreach (var request in book.Requests.Where(r => !r.Settled))
            {
                var state = request.StateAt(now);
                if (state is "approved" or "rejected")
                {
                    request.Settled = true;
                }

                if (state == "approved")
                {
                    CreateProducts(book, request, request.UpdatedAt(now));
                }
            }
        }

        return book;
    }

    public TikiProduct? Find(TikiSellerBook book, long? productId, string? originalSku)
    {
        Settle(book);
        return productId is { } id
            ? book.Products.GetValueOrDefault(id)
            : book.Products.Values.FirstOrDefault(p => p.OriginalSku == originalSku);
    }

    private void CreateProducts(TikiSellerBook book, TikiProductRequest request, DateTimeOffset approvedAt)
    {
        foreach (var variant in request.Body.Variants ?? [])
        {
            var id = Interlocked.Increment(ref nextProductId);
            var product = new TikiProduct(id, $"{4_000_000_000_000 + id}", variant.Sku ?? "", approvedAt)
            {
                Name = string.Join(" - ", new[] { request.Body.Name, variant.Option1, variant.Option2 }.Where(s => !string.IsNullOrEmpty(s))),
                CategoryId = request.Body.CategoryId ?? 0,
                Price = (long)(variant.Price ?? 0),
                MarketPrice = (long)(variant.MarketPrice ?? variant.Price ?? 0),
            };
            foreach (var quantity in variant.WarehouseQuantities ?? [new TikiWarehouseQuantity(TikiAssumptions.DefaultWarehouseId, 0)])
            {
                product.Warehouses[quantity.WarehouseId] = quantity.QtyAvailable;
            }

            book.Products[id] = product;
            request.ProductIds.Add(id);
        }
    }
}
