using Ecomuna.Core.Events;
using Ecomuna.Core.Examples;
using Ecomuna.Core.Site;
using Ecomuna.Web.Pages.Examples;
using Ecomuna.Web.Pages.News;
using Microsoft.AspNetCore.OutputCaching;

namespace Ecomuna.Web.Pages;

/// <summary>
/// The front page for a first-time visitor: what this is, the next public events, the newest good examples and the
/// initiative of the year, the network in figures, the latest news and how to join. Each list is a single small query.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicPageCache.Members, PublicPageCache.Examples, PublicPageCache.Events, PublicPageCache.Site])]
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock, SwedishTime swedishTime, IOptions<SiteOptions> site) : PageModel
{
    public const int ListLength = 3;

    public DateOnly Today { get; private set; }
    public MemberFigures Figures { get; private set; } = new(0, 0);
    public SiteOptions Site => site.Value;
    public double PopulationShare => Figures.ShareOf(Site.SwedenPopulation);
    public IReadOnlyList<EventRow> Events { get; private set; } = [];
    public IReadOnlyList<ExampleCard> Examples { get; private set; } = [];
    public InitiativeRow? Initiative { get; private set; }
    public IReadOnlyList<NewsCard> News { get; private set; } = [];

    public sealed record EventRow(int Id, string Title, DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZone, string? Place, bool Online, bool IsCancelled);

    public sealed record InitiativeRow(int Year, int ExampleId, string Title, string MemberName, string Summary);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var language = SupportedCultures.CurrentLanguage;
        Today = swedishTime.Today;
        Figures = await MemberFigures.ComputeAsync(db, ct);

        // The home page is public: only public events, whoever is signed in.
        Events = await db.Events.AsNoTracking()
            .Where(e => e.Audience == EventAudience.Public && e.EndsAtUtc >= now && e.CancelledAtUtc == null)
            .OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id).Take(ListLength)
            .Select(e => new EventRow(e.Id, e.Title, e.StartsAtUtc, e.EndsAtUtc, e.TimeZone, e.Place, e.OnlineLink != null, e.CancelledAtUtc != null))
            .ToListAsync(ct);
        Examples = await ExampleCard.Project(db, ExampleQueries.Newest(db.GoodExamples.Where(e => e.Status == ExampleStatus.Published)).Take(ListLength), language == "en")
            .ToListAsync(ct);
        Initiative = await db.InitiativesOfTheYear.AsNoTracking()
            .Where(i => i.Example!.Status == ExampleStatus.Published)
            .OrderByDescending(i => i.Year)
            .Select(i => new InitiativeRow(i.Year, i.ExampleId, i.Example!.Title, i.Example.Member!.Name, i.Example.Summary))
            .FirstOrDefaultAsync(ct);
        News = await NewsCard.Project(db.NewsPosts.Visible(now).Newest().Take(ListLength), language).ToListAsync(ct);
    }
}
