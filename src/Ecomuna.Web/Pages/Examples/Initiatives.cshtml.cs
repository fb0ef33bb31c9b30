using Ecomuna.Core.Examples;

namespace Ecomuna.Web.Pages.Examples;

/// <summary>The initiative of the year, year by year, newest first: each a published good example the secretariat named.</summary>
[AllowAnonymous]
public sealed class InitiativesModel(EcomunaDbContext db) : PageModel
{
    public IReadOnlyList<Winner> Winners { get; private set; } = [];

    public sealed record Winner(int Year, ExampleCard Example);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var awards = await db.InitiativesOfTheYear.AsNoTracking()
            .Where(i => i.Example!.Status == ExampleStatus.Published)
            .OrderByDescending(i => i.Year)
            .Select(i => new { i.Year, i.ExampleId })
            .ToListAsync(ct);
        var ids = awards.Select(a => a.ExampleId).ToList();
        var cards = await ExampleCard.Project(db, db.GoodExamples.Where(e => ids.Contains(e.Id)), SupportedCultures.CurrentLanguage == "en").ToListAsync(ct);
        Winners = [.. awards.Select(a => new Winner(a.Year, cards.Single(c => c.Id == a.ExampleId)))];
    }
}
