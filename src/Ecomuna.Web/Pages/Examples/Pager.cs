namespace Ecomuna.Web.Pages.Examples;

/// <summary>
/// Page links for a long list: the first, the last and a few around the current one, so that ten thousand examples
/// do not make a thousand links.
/// </summary>
public sealed record Pager(int Current, int Count, string Label, string PagePath, Func<int, Dictionary<string, string>> RouteFor)
{
    /// <summary>Page numbers to link, with null where pages are left out.</summary>
    public IReadOnlyList<int?> Numbers()
    {
        var shown = new SortedSet<int> { 1, Count };
        for (var n = Math.Max(1, Current - 2); n <= Math.Min(Count, Current + 2); n++)
        {
            shown.Add(n);
        }

        var numbers = new List<int?>();
        var previous = 0;
        foreach (var n in shown)
        {
            if (n > previous + 1)
            {
                numbers.Add(null);
            }

            numbers.Add(n);
            previous = n;
        }

        return numbers;
    }
}
