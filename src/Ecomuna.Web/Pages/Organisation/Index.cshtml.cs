using Ecomuna.Core.Commitments;

namespace Ecomuna.Web.Pages.Organisation;

/// <summary>A contact person's view of the member organisation they act for.</summary>
public sealed class IndexModel(EcomunaDbContext db, UserManager<AppUser> users, TimeProvider clock, SwedishTime swedishTime, IStringLocalizer<OrganisationResource> text) : PageModel
{
    public OrganisationView Organisation { get; private set; } = null!;

    public IReadOnlyList<ContactRow> Contacts { get; private set; } = [];

    /// <summary>The member's change requests to the secretariat, newest first.</summary>
    public IReadOnlyList<ChangeRequestRow> ChangeRequests { get; private set; } = [];

    /// <summary>The user has contact rows at more than one member and may switch.</summary>
    public bool CanActForOthers { get; private set; }

    /// <summary>The surveys open now, for the member or for this person to answer.</summary>
    public IReadOnlyList<Surveys.MemberSurveyRow> OpenSurveys { get; private set; } = [];

    /// <summary>This year's five commitments of the member, with what is still to do.</summary>
    public Scorecard Commitments { get; private set; } = null!;

    public bool NeedsConfirmation => Organisation.DetailsConfirmedAt is not { } confirmed || confirmed < clock.GetUtcNow().AddMonths(-12);

    public sealed record PopulationView(int Value, int Year);

    public sealed record OrganisationView(
        string Name,
        MemberKind Kind,
        string? County,
        PartOfCountry? PartOfCountry,
        PopulationView? Population,
        MembershipStatus Status,
        string? OrganisationNumber,
        string? StreetAddress,
        string? PostalCode,
        string? City,
        string? InvoiceAddress,
        string? InvoiceReference,
        string? Website,
        DateTimeOffset? DetailsConfirmedAt);

    public sealed record ContactRow(int Id, string FirstName, string LastName, ContactRole Role, string? Title, string Email, string? Phone, bool IsDelegate, bool IsYou)
    {
        public string FullName => $"{FirstName} {LastName}";
    }

    public sealed record ChangeRequestRow(
        ChangeRequestSummary Request, ChangeRequestStatus Status, string RequestedBy, DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt, string? DeclineReason);

    public async Task<IActionResult> OnGetAsync()
    {
        var userId = users.GetUserId(User);
        var view = await db.Users
            .Where(u => u.Id == userId && u.Member != null)
            .Select(u => new OrganisationView(
                u.Member!.Name,
                u.Member.Kind,
                u.Member.County,
                u.Member.PartOfCountry,
                u.Member.Populations.OrderByDescending(p => p.Year).Select(p => new PopulationView(p.Population, p.Year)).FirstOrDefault(),
                u.Member.Status,
                u.Member.OrganisationNumber,
                u.Member.StreetAddress,
                u.Member.PostalCode,
                u.Member.City,
                u.Member.InvoiceAddress,
                u.Member.InvoiceReference,
                u.Member.Website,
                u.Member.DetailsConfirmedAt))
            .SingleOrDefaultAsync();
        if (view is null)
        {
            return Forbid();
        }

        Organisation = view;
        var memberId = await db.ActingMemberIdAsync(users, User);
        var today = clock.Today();
        Contacts = await db.ContactPersons
            .Where(c => c.MemberId == memberId && (c.EndedOn == null || c.EndedOn > today))
            .OrderBy(c => c.Role).ThenBy(c => c.LastName).ThenBy(c => c.FirstName)
            .Select(c => new ContactRow(c.Id, c.FirstName, c.LastName, c.Role, c.Title, c.Email, c.Phone, c.IsDelegate, c.UserId == userId))
            .ToListAsync();
        // Ordered by Id: SQLite cannot order by DateTimeOffset, and ids grow with time.
        ChangeRequests = await db.ChangeRequests
            .Where(r => r.MemberId == memberId)
            .OrderByDescending(r => r.Id)
            .Select(r => new ChangeRequestRow(
                new ChangeRequestSummary(
                    r.Kind, r.PopulationYear, r.Population,
                    r.ContactPerson != null ? r.ContactPerson.FirstName + " " + r.ContactPerson.LastName : null,
                    r.MakeDelegate, r.ResignationDate),
                r.Status, r.RequestedBy, r.RequestedAt, r.DecidedAt, r.DeclineReason))
            .ToListAsync();
        var surveyDay = swedishTime.Today;
        OpenSurveys = await Surveys.MemberSurveys.ListAsync(db, memberId!.Value, await Surveys.MemberSurveys.ContactIdAsync(db, userId, memberId.Value, surveyDay), surveyDay, openOnly: true);
        Commitments = (await YearlyCommitments.ForMemberAsync(db, memberId.Value, today.Year, today))!;
        CanActForOthers = await db.ContactPersons
            .Where(c => c.UserId == userId && (c.EndedOn == null || c.EndedOn > today))
            .Select(c => c.MemberId)
            .Distinct()
            .CountAsync() > 1;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        var memberId = await db.ActingMemberIdAsync(users, User);
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId);
        if (member is null)
        {
            return Forbid();
        }

        var userId = users.GetUserId(User);
        var now = clock.GetUtcNow();
        member.DetailsConfirmedAt = now;
        var today = clock.Today();
        var own = await db.ContactPersons
            .Where(c => c.MemberId == member.Id && c.UserId == userId && (c.EndedOn == null || c.EndedOn > today))
            .ToListAsync();
        foreach (var contact in own)
        {
            contact.DetailsConfirmedAt = now;
        }

        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Organisation.Confirmed"].Value;
        return RedirectToPage();
    }
}
