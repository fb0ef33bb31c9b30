namespace Ecomuna.Web.Infrastructure.Lists;

/// <summary>
/// What Pages/Shared/_Pager.cshtml shows: links to the pages of a list on <paramref name="PagePath"/>, each keeping the
/// list's filter through <paramref name="RouteFor"/>. Nothing shows for a list of one page.
/// </summary>
public sealed record Pager(int Current, int Count, string Label, string PagePath, Func<int, IDictionary<string, string>> RouteFor)
{
    /// <summary>Text for screen readers before each number, such as "Page".</summary>
    public string? PageLabel { get; init; }

    /// <summary>Only the first, the last and two either side of the current page, for lists with very many pages.</summary>
    public bool Window { get; init; }

    /// <summary>Texts of the links to the previous and the next page; no such links without them.</summary>
    public (string Previous, string Next)? Steps { get; init; }

    /// <summary>Page numbers to link, with null where pages are left out.</summary>
    public IReadOnlyList<int?> Numbers()
    {
        var numbers = new List<int?>();
        var previous = 0;
        for (var n = 1; n <= Count; n++)
        {
            if (!Window || n == 1 || n == Count || Math.Abs(n - Current) <= 2)
            {
                if (n > previous + 1)
                {
                    numbers.Add(null);
                }

                numbers.Add(n);
                previous = n;
            }
        }

        return numbers;
    }
}
