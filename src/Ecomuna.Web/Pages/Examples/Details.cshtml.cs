using Ecomuna.Core.Examples;
using Microsoft.AspNetCore.OutputCaching;

namespace Ecomuna.Web.Pages.Examples;

/// <summary>One good example: its story, member, themes, goals, links and pictures, and its award if it has one.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicPageCache.Examples, PublicPageCache.Members])]
public sealed class DetailsModel(EcomunaDbContext db, UserManager<AppUser> users) : PageModel
{
    public ExampleView Example { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var example = await ExampleView.LoadAsync(db, id, ct);
        if (example is null || !await ExampleAccess.MaySeeAsync(db, users, User, example.Status, example.MemberId))
        {
            return NotFound();
        }

        Example = example;
        return Page();
    }

    public string AbsoluteUrl(string path) => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{path}";
}

/// <summary>Everything a page shows of one example, read without the image contents.</summary>
public sealed record ExampleView(
    int Id, int MemberId, string MemberName, string? County, string Title, string Summary, string Body, int Year, string ContactName,
    string ContactEmail, ExampleStatus Status, DateTime? PublishedAtUtc, DateTime UpdatedAtUtc, IReadOnlyList<string> Themes,
    IReadOnlyList<int> Goals, IReadOnlyList<ExampleView.Link> Links, IReadOnlyList<ExampleView.Image> Images, int? AwardYear)
{
    public sealed record Link(string Url, string Text);

    public sealed record Image(int Id, string AltText, int Width, int Height);

    public static async Task<ExampleView?> LoadAsync(EcomunaDbContext db, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var english = SupportedCultures.CurrentLanguage == "en";
        return await db.GoodExamples.AsNoTracking().Where(e => e.Id == id).Select(e => new ExampleView(
                e.Id, e.MemberId, e.Member!.Name, e.Member.County, e.Title, e.Summary, e.Body, e.Year, e.ContactName, e.ContactEmail, e.Status,
                e.PublishedAtUtc, e.UpdatedAtUtc,
                e.Themes.Select(t => english ? t.Theme!.NameEn : t.Theme!.NameSv).ToList(),
                e.Goals.OrderBy(g => g.Goal).Select(g => g.Goal).ToList(),
                e.Links.OrderBy(l => l.Position).Select(l => new Link(l.Url, l.Text)).ToList(),
                e.Images.OrderBy(i => i.Position).Select(i => new Image(i.Id, i.AltText, i.Width, i.Height)).ToList(),
                db.InitiativesOfTheYear.Where(i => i.ExampleId == e.Id).Select(i => (int?)i.Year).FirstOrDefault()))
            .SingleOrDefaultAsync(ct);
    }
}
