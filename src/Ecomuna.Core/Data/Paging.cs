namespace Ecomuna.Core.Data;

/// <summary>One page of a list: its items, which page it is, and how many pages and items the whole list has.</summary>
public sealed class Page<T>(IReadOnlyList<T> items, int number, int size, int totalCount) : IReadOnlyList<T>
{
    public IReadOnlyList<T> Items { get; } = items;

    /// <summary>The page shown, from 1; a page past the end becomes the last.</summary>
    public int Number { get; } = number;

    public int Size { get; } = size;

    public int TotalCount { get; } = totalCount;

    public int PageCount => Paging.PageCount(TotalCount, Size);

    public int Count => Items.Count;

    public T this[int index] => Items[index];

    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Cuts lists into pages, in the database or in memory, with the asked page kept between the first and the last.</summary>
public static class Paging
{
    /// <summary>At least one page, so that an empty list still shows as "page 1 of 1".</summary>
    public static int PageCount(int totalCount, int pageSize) => Math.Max(1, (totalCount + pageSize - 1) / pageSize);

    /// <summary>The page of a list not read yet.</summary>
    public static Page<T> Empty<T>() => new([], 1, 1, 0);

    public static int Clamp(int page, int totalCount, int pageSize) => Math.Clamp(page, 1, PageCount(totalCount, pageSize));

    /// <summary>Counts the matching rows and reads the asked page of them; <paramref name="query"/> must be ordered.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, int page, int pageSize, CancellationToken ct = default)
    {
        var totalCount = await query.CountAsync(ct);
        var number = Clamp(page, totalCount, pageSize);
        var items = await query.Skip((number - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Page<T>(items, number, pageSize, totalCount);
    }

    /// <summary>The asked page of a list already in memory.</summary>
    public static Page<T> ToPage<T>(this IReadOnlyList<T> list, int page, int pageSize)
    {
        var number = Clamp(page, list.Count, pageSize);
        return new Page<T>([.. list.Skip((number - 1) * pageSize).Take(pageSize)], number, pageSize, list.Count);
    }
}
