namespace Ecomuna.Web.Pages.Admin.Members;

/// <summary>The secretariat adds a member's population for a year, or corrects the one it has.</summary>
public sealed class PopulationModel(EcomunaDbContext db, SwedishTime swedishTime, IStringLocalizer<MembersResource> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string MemberName { get; private set; } = "";

    public IReadOnlyList<FigureView> Figures { get; private set; } = [];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Range(1900, 2200, ErrorMessage = "Validation.Year")]
        [Display(Name = "Field.Population.Year")]
        public int? Year { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Range(1, int.MaxValue, ErrorMessage = "Validation.PopulationPositive")]
        [Display(Name = "Field.Population.Population")]
        public int? Population { get; set; }

        [Display(Name = "Field.Population.ReferenceDate")]
        public DateOnly? ReferenceDate { get; set; }

        [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Population.Source")]
        public string? Source { get; set; }
    }

    public sealed record FigureView(int Year, int Population, DateOnly? ReferenceDate, string? Source);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input.Year = swedishTime.Year;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var year = Input.Year!.Value;
        var figure = await db.PopulationFigures.SingleOrDefaultAsync(p => p.MemberId == id && p.Year == year, ct);
        var corrected = figure is not null;
        if (figure is null)
        {
            figure = new PopulationFigure { MemberId = id, Year = year };
            db.PopulationFigures.Add(figure);
        }

        figure.Population = Input.Population!.Value;
        figure.ReferenceDate = Input.ReferenceDate;
        figure.Source = string.IsNullOrWhiteSpace(Input.Source) ? null : Input.Source.Trim();
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text[corrected ? "Population.Corrected" : "Population.Added", year, MemberName].Value;
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var name = await db.Members.Where(m => m.Id == id).Select(m => m.Name).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return false;
        }

        MemberName = name;
        Figures = await db.PopulationFigures
            .Where(p => p.MemberId == id)
            .OrderByDescending(p => p.Year)
            .Select(p => new FigureView(p.Year, p.Population, p.ReferenceDate, p.Source))
            .ToListAsync(ct);
        return true;
    }
}
