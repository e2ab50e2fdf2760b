namespace CommerceHub.Sandbox.Platforms.Tiki;

/// <summary>Tiki's page/limit paging and its {data, paging{total, per_page, current_page, last_page, from, to}} answer.</summary>
internal sealed record TikiPaging(int PageNumber, int Limit)
{
    public static TikiPaging? Read(int? page, int? limit)
    {
        var number = page ?? 1;
        var size = limit ?? TikiAssumptions.DefaultPageLimit;
        return number >= 1 && size is >= 1 and <= TikiAssumptions.MaxPageLimit ? new TikiPaging(number, size) : null;
    }

    public static bool InRange(DateTimeOffset time, string? from, string? to) =>
        (TikiJson.ParseDate(from) is not { } start || time >= start) && (TikiJson.ParseDate(to) is not { } end || time <= end);

    public object Page<T>(IReadOnlyList<T> rows)
    {
        var skip = (PageNumber - 1) * Limit;
        var data = rows.Skip(skip).Take(Limit).ToList();
        return new
        {
            data,
            paging = new
            {
                total = rows.Count,
                per_page = Limit,
                current_page = PageNumber,
                last_page = Math.Max(1, (rows.Count + Limit - 1) / Limit),
                from = data.Count == 0 ? (int?)null : skip + 1,
                to = data.Count == 0 ? (int?)null : skip + data.Count,
            },
        };
    }
}
