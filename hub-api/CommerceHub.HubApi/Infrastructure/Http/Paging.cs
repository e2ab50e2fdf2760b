using CommerceHub.HubApi.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.HubApi.Infrastructure.Http;

/// <summary>Query-string paging shared by every list endpoint: ?page=1&amp;pageSize=50 (at most 200).</summary>
public sealed record PageQuery(int? Page, int? PageSize)
{
    public const int MaxPageSize = 200;

    public int Number => Page ?? 1;

    public int Size => PageSize ?? 50;

    public PageQuery Validated()
    {
        new Validation()
            .Check(Number >= 1, "page", "must be 1 or more.")
            .Check(Size is >= 1 and <= MaxPageSize, "pageSize", $"must be between 1 and {MaxPageSize}.")
            .ThrowIfInvalid();
        return this;
    }
}

/// <summary>One page of a list and the total count, so a client can show "page 2 of 7".</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);

public static class PagingExtensions
{
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, PageQuery page, CancellationToken ct)
    {
        page = page.Validated();
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page.Number - 1) * page.Size).Take(page.Size).ToListAsync(ct);
        return new Page<T>(items, page.Number, page.Size, total);
    }
}
