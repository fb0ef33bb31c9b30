using Ecomuna.Core.Calendar;
using Ecomuna.Core.Members;
using NpgsqlTypes;

namespace Ecomuna.Core.Examples;

/// <summary>What a list of examples is narrowed to. Empty values do not narrow.</summary>
public sealed record ExampleFilter(
    string? Search = null, int? ThemeId = null, int? Goal = null, string? County = null, PartOfCountry? Part = null, int? MemberId = null,
    int? Year = null, ExampleStatus? Status = null);

/// <summary>
/// Searching and filtering examples in the database, so that lists count, sort and page there. On PostgreSQL the
/// search is full text over a stored tsvector with both Swedish and English stemming (GIN index, ranked by ts_rank);
/// on SQLite every word must occur in the title, summary or text, case-insensitively.
/// </summary>
public static class ExampleQueries
{
    /// <summary>The PostgreSQL-only generated column that holds the search vector.</summary>
    public const string SearchVector = "SearchVector";

    /// <summary>The shape of <see cref="SearchVector"/>: title weighs most, then the summary, then the text.</summary>
    public const string SearchVectorSql =
        "setweight(to_tsvector('swedish', coalesce(\"Title\", '')), 'A') || setweight(to_tsvector('english', coalesce(\"Title\", '')), 'A') || "
        + "setweight(to_tsvector('swedish', coalesce(\"Summary\", '')), 'B') || setweight(to_tsvector('english', coalesce(\"Summary\", '')), 'B') || "
        + "setweight(to_tsvector('swedish', coalesce(\"Body\", '')), 'C') || setweight(to_tsvector('english', coalesce(\"Body\", '')), 'C')";

    public static IQueryable<GoodExample> Filtered(this EcomunaDbContext db, ExampleFilter filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var examples = db.GoodExamples.AsQueryable();
        if (filter.Status is { } status)
        {
            examples = examples.Where(e => e.Status == status);
        }

        if (filter.ThemeId is { } themeId)
        {
            examples = examples.Where(e => e.Themes.Any(t => t.ThemeId == themeId));
        }

        if (filter.Goal is { } goal)
        {
            examples = examples.Where(e => e.Goals.Any(g => g.Goal == goal));
        }

        if (filter.MemberId is { } memberId)
        {
            examples = examples.Where(e => e.MemberId == memberId);
        }

        if (!string.IsNullOrWhiteSpace(filter.County))
        {
            examples = examples.Where(e => e.Member!.County == filter.County);
        }

        if (filter.Part is { } part)
        {
            examples = examples.Where(e => e.Member!.PartOfCountry == part);
        }

        if (filter.Year is { } year)
        {
            examples = examples.Where(e => e.Year == year);
        }

        return string.IsNullOrWhiteSpace(filter.Search) ? examples : Search(db, examples, filter.Search.Trim());
    }

    /// <summary>Best match first (on SQLite: a match in the title first), then the newest.</summary>
    public static IQueryable<GoodExample> ByRelevance(this EcomunaDbContext db, IQueryable<GoodExample> examples, string? search)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrWhiteSpace(search))
        {
            return Newest(examples);
        }

        var terms = search.Trim();
        if (db.Database.IsNpgsql())
        {
            return examples
                .OrderByDescending(e => EF.Property<NpgsqlTsVector>(e, SearchVector)
                    .Rank(EF.Functions.WebSearchToTsQuery("swedish", terms).Or(EF.Functions.WebSearchToTsQuery("english", terms))))
                .ThenByDescending(e => e.PublishedAtUtc).ThenByDescending(e => e.Id);
        }

        var first = Words(terms).FirstOrDefault() ?? "";
        return examples.OrderByDescending(TextSearch.Containing<GoodExample>(first, e => e.Title)).ThenByDescending(e => e.PublishedAtUtc).ThenByDescending(e => e.Id);
    }

    public static IQueryable<GoodExample> Newest(IQueryable<GoodExample> examples) =>
        examples.OrderByDescending(e => e.PublishedAtUtc).ThenByDescending(e => e.UpdatedAtUtc).ThenByDescending(e => e.Id);

    /// <summary>The members with an example first published in <paramref name="year"/> (Swedish time) that is public now.</summary>
    public static async Task<HashSet<int>> MembersWithPublishedExampleAsync(this EcomunaDbContext db, int year, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (from, to) = YearInUtc(year);
        var members = await db.GoodExamples
            .Where(e => e.Status == ExampleStatus.Published && e.PublishedAtUtc >= from && e.PublishedAtUtc < to)
            .Select(e => e.MemberId).Distinct().ToListAsync(ct);
        return [.. members];
    }

    public static async Task<bool> HasPublishedExampleAsync(this EcomunaDbContext db, int memberId, int year, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (from, to) = YearInUtc(year);
        return await db.GoodExamples.AnyAsync(
            e => e.MemberId == memberId && e.Status == ExampleStatus.Published && e.PublishedAtUtc >= from && e.PublishedAtUtc < to, ct);
    }

    private static (DateTime From, DateTime To) YearInUtc(int year)
    {
        return (SwedishTime.StartOfDayUtc(new DateOnly(year, 1, 1)), SwedishTime.StartOfDayUtc(new DateOnly(year + 1, 1, 1)));
    }

    private static IQueryable<GoodExample> Search(EcomunaDbContext db, IQueryable<GoodExample> examples, string terms)
    {
        if (db.Database.IsNpgsql())
        {
            return examples.Where(e => EF.Property<NpgsqlTsVector>(e, SearchVector)
                .Matches(EF.Functions.WebSearchToTsQuery("swedish", terms).Or(EF.Functions.WebSearchToTsQuery("english", terms))));
        }

        foreach (var word in Words(terms))
        {
            examples = examples.WhereContains(word, e => e.Title, e => e.Summary, e => e.Body);
        }

        return examples;
    }

    private static IEnumerable<string> Words(string terms) =>
        terms.ToLowerInvariant().Split([' ', '\t', ',', '"'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(6);
}
