namespace CommerceHub.Sandbox.Platforms.Tiki.Catalog;

/// <summary>
/// One Tiki product (each variant of a request becomes its own). Reads and writes go through <see cref="Gate"/>:
/// buyers' orders and the seller's stock updates race on the same numbers.
/// </summary>
internal sealed class TikiProduct(long productId, string sku, string originalSku, DateTimeOffset createdAt)
{
    public Lock Gate { get; } = new();

    public long ProductId { get; } = productId;

    /// <summary>Tiki's own SKU; <see cref="OriginalSku"/> is the seller's.</summary>
    public string Sku { get; } = sku;

    public string OriginalSku { get; } = originalSku;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public string Name { get; set; } = "";

    public long CategoryId { get; set; }

    public long Price { get; set; }

    public long MarketPrice { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>Sellable quantity per seller warehouse.</summary>
    public SortedDictionary<long, int> Warehouses { get; } = [];

    /// <summary>Held for campaigns; not sellable.</summary>
    public int Reserved { get; set; }

    public int Available => Warehouses.Values.Sum();

    public string SellerWarehouse => string.Join(',', Warehouses.Keys);

    /// <summary>Takes stock warehouse by warehouse; caller holds <see cref="Gate"/>.</summary>
    public bool TryTake(int quantity)
    {
        if (quantity < 1 || Available < quantity)
        {
            return false;
        }

        var left = quantity;
        foreach (var warehouse in Warehouses.Keys.ToList())
        {
            var taken = Math.Min(left, Warehouses[warehouse]);
            Warehouses[warehouse] -= taken;
            left -= taken;
        }

        return true;
    }

    /// <summary>Puts stock back into the first warehouse; caller holds <see cref="Gate"/>.</summary>
    public void Give(int quantity)
    {
        var warehouse = Warehouses.Count > 0 ? Warehouses.Keys.First() : TikiAssumptions.DefaultWarehouseId;
        Warehouses[warehouse] = Warehouses.GetValueOrDefault(warehouse) + quantity;
    }
}

/// <summary>An asynchronous product request; its state follows the sandbox clock through Tiki's review steps.</summary>
internal sealed class TikiProductRequest(
    string trackId, long requestId, DateTimeOffset createdAt, TikiCreateProductRequest body, string? rejectReason, TimeSpan step)
{
    public static readonly IReadOnlyList<string> States =
        ["queuing", "processing", "md_waiting_approve", "bot_waiting_approve", "awaiting_approve", "approved"];

    public string TrackId { get; } = trackId;

    public long RequestId { get; } = requestId;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public TikiCreateProductRequest Body { get; } = body;

    public List<long> ProductIds { get; } = [];

    public bool Settled { get; set; }

    public string? Reason => rejectReason;

    public string StateAt(DateTimeOffset now)
    {
        var reached = (int)Math.Max(0, (now - CreatedAt) / step);
        return reached < States.Count - 1 ? States[reached] : rejectReason is null ? "approved" : "rejected";
    }

    public DateTimeOffset UpdatedAt(DateTimeOffset now)
    {
        var reached = Math.Min((int)Math.Max(0, (now - CreatedAt) / step), States.Count - 1);
        return CreatedAt + (step * reached);
    }
}
