namespace Ecomuna.Web.Pages.Admin.Members;

/// <summary>Everything the secretariat knows about one member, with the history of changes.</summary>
public sealed class DetailsModel(EcomunaDbContext db, SwedishTime swedishTime) : PageModel
{
    private const int HistoryLength = 100;

    public MemberView Member { get; private set; } = null!;

    public IReadOnlyList<PopulationModel.FigureView> Figures { get; private set; } = [];

    public IReadOnlyList<ContactView> CurrentContacts { get; private set; } = [];

    public IReadOnlyList<ContactView> EndedContacts { get; private set; } = [];

    public IReadOnlyList<ChangeView> History { get; private set; } = [];

    /// <summary>The member's change requests waiting for the secretariat.</summary>
    public IReadOnlyList<PendingRequestView> PendingRequests { get; private set; } = [];

    public sealed record MemberView(
        int Id, string Name, MemberKind Kind, string CountryCode, string? County, PartOfCountry? PartOfCountry, MembershipStatus Status,
        DateOnly? MemberSince, DateOnly? MemberUntil, DateOnly? CouncilDecisionDate, string? OrganisationNumber,
        string? StreetAddress, string? PostalCode, string? City, string? InvoiceAddress, string? InvoiceReference, string? Website,
        DateTimeOffset? DetailsConfirmedAt);

    public sealed record ContactView(
        string Name, ContactRole Role, string? Party, string? Title, string Email, string? Phone, bool IsDelegate, DateOnly? StartedOn, DateOnly? EndedOn);

    public sealed record ChangeView(DateTimeOffset ChangedAt, string ChangedBy, string EntityType, string Change, string? Property, string? OldValue, string? NewValue);

    public sealed record PendingRequestView(ChangeRequestSummary Request, string RequestedBy, DateTimeOffset RequestedAt);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var member = await db.Members
            .Where(m => m.Id == id)
            .Select(m => new MemberView(
                m.Id, m.Name, m.Kind, m.CountryCode, m.County, m.PartOfCountry, m.Status, m.MemberSince, m.MemberUntil, m.CouncilDecisionDate,
                m.OrganisationNumber, m.StreetAddress, m.PostalCode, m.City, m.InvoiceAddress, m.InvoiceReference, m.Website, m.DetailsConfirmedAt))
            .SingleOrDefaultAsync(ct);
        if (member is null)
        {
            return NotFound();
        }

        Member = member;
        Figures = await db.PopulationFigures
            .Where(p => p.MemberId == id)
            .OrderByDescending(p => p.Year)
            .Select(p => new PopulationModel.FigureView(p.Year, p.Population, p.ReferenceDate, p.Source))
            .ToListAsync(ct);

        var today = swedishTime.Today;
        var contacts = await db.Members
            .Where(m => m.Id == id)
            .SelectMany(m => m.Contacts)
            .OrderBy(c => c.Role).ThenBy(c => c.LastName).ThenBy(c => c.FirstName)
            .Select(c => new ContactView(c.FirstName + " " + c.LastName, c.Role, c.Party, c.Title, c.Email, c.Phone, c.IsDelegate, c.StartedOn, c.EndedOn))
            .ToListAsync(ct);
        CurrentContacts = [.. contacts.Where(c => c.EndedOn is null || c.EndedOn > today)];
        EndedContacts = [.. contacts.Where(c => c.EndedOn is { } ended && ended <= today)];

        PendingRequests = await db.ChangeRequests
            .Where(r => r.MemberId == id && r.Status == ChangeRequestStatus.Pending)
            .OrderBy(r => r.Id)
            .Select(r => new PendingRequestView(
                new ChangeRequestSummary(
                    r.Kind, r.PopulationYear, r.Population,
                    r.ContactPerson != null ? r.ContactPerson.FirstName + " " + r.ContactPerson.LastName : null,
                    r.MakeDelegate, r.ResignationDate),
                r.RequestedBy, r.RequestedAt))
            .ToListAsync(ct);

        // Ordered by Id: SQLite cannot order by DateTimeOffset, and ids grow with time.
        History = await db.ChangeLog
            .Where(e => e.MemberId == id)
            .OrderByDescending(e => e.Id)
            .Take(HistoryLength)
            .Select(e => new ChangeView(e.ChangedAt, e.ChangedBy, e.EntityType, e.Change, e.Property, e.OldValue, e.NewValue))
            .ToListAsync(ct);
        return Page();
    }
}
