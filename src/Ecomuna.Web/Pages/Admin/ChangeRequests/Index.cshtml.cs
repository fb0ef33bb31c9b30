using Ecomuna.Core.Audit;

namespace Ecomuna.Web.Pages.Admin.ChangeRequests;

/// <summary>
/// Members' requests to change their population, a delegate or their membership: the secretariat approves (the change
/// is made and recorded in the member's history) or declines with a reason. Either way the person who asked is mailed.
/// </summary>
public sealed class IndexModel(
    EcomunaDbContext db,
    ChangeRequestMail mail,
    IChangeAuthor author,
    AuditLog audit,
    TimeProvider clock, SwedishTime swedishTime,
    IStringLocalizer<SharedResource> shared,
    IStringLocalizer<OrganisationResource> text) : PageModel
{
    private const int DecidedShown = 100;

    /// <summary>"decided" lists the decided requests; anything else the pending ones.</summary>
    [BindProperty(SupportsGet = true, Name = "show")]
    public string? Show { get; set; }

    public bool ShowDecided => Show == "decided";

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(1000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.DeclineReason")]
    public string? Reason { get; set; }

    /// <summary>The request whose decline form was sent without a valid reason.</summary>
    public int? DecliningId { get; private set; }

    public int PendingCount { get; private set; }

    public IReadOnlyList<PendingView> Pending { get; private set; } = [];

    public IReadOnlyList<DecidedView> Decided { get; private set; } = [];

    public sealed record PendingView(
        int Id, int MemberId, string MemberName, ChangeRequestSummary Request, string RequestedBy, DateTimeOffset RequestedAt, string? Comment,
        int? CurrentPopulation, DateOnly? PopulationReferenceDate, string? PopulationSource,
        ContactRole? ContactRole, DateOnly? ContactEndedOn, bool ContactIsDelegate, string? OtherDelegateOfRole,
        MembershipStatus MemberStatus, DateOnly? MemberSince, DateOnly? MemberUntil);

    public sealed record DecidedView(
        int Id, int MemberId, string MemberName, ChangeRequestSummary Request, ChangeRequestStatus Status, string RequestedBy, DateTimeOffset RequestedAt,
        string? DecidedBy, DateTimeOffset? DecidedAt, string? DeclineReason);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostApproveAsync(int id)
    {
        var request = await db.ChangeRequests.SingleOrDefaultAsync(r => r.Id == id);
        if (request is null)
        {
            return NotFound();
        }

        var members = db.Members.Where(m => m.Id == request.MemberId);
        var member = request.Kind switch
        {
            ChangeRequestKind.Population => await members.Include(m => m.Populations).SingleAsync(),
            ChangeRequestKind.Delegate => await members.Include(m => m.Contacts).SingleAsync(),
            _ => await members.SingleAsync(),
        };
        var contactName = member.Contacts.SingleOrDefault(c => c.Id == request.ContactPersonId)?.FullName;
        if (request.Approve(member, author.Name, clock.GetUtcNow(), Today) is { } problem)
        {
            TempData["WarningMessage"] = Describe(problem, member.Name, member.MemberSince, contactName);
            return RedirectToPage();
        }

        if (request.Kind == ChangeRequestKind.Delegate)
        {
            await audit.RecordAsync(
                AuditKind.ContactRoleChanged, request.MakeDelegate == true
                    ? $"Approved the change request making {contactName} a delegate of {member.Name}"
                    : $"Approved the change request taking the vote from {contactName} of {member.Name}",
                new AuditTarget(nameof(ContactPerson), request.ContactPersonId?.ToString(CultureInfo.InvariantCulture)));
        }

        await mail.EnqueueDecisionAsync(request, member.Name, contactName, Url, Request.Scheme);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["ChangeRequest.Approved", member.Name].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeclineAsync(int id)
    {
        var request = await db.ChangeRequests.Include(r => r.Member).Include(r => r.ContactPerson).SingleOrDefaultAsync(r => r.Id == id);
        if (request is null)
        {
            return NotFound();
        }

        var member = request.Member!;
        if (!request.IsPending)
        {
            TempData["WarningMessage"] = Describe(ChangeRequestProblem.AlreadyDecided, member.Name, member.MemberSince, null);
            return RedirectToPage();
        }

        if (!ModelState.IsValid)
        {
            DecliningId = id;
            await LoadAsync();
            return Page();
        }

        request.Decline(Reason!, author.Name, clock.GetUtcNow());
        await mail.EnqueueDecisionAsync(request, member.Name, request.ContactPerson?.FullName, Url, Request.Scheme);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["ChangeRequest.Declined", member.Name].Value;
        return RedirectToPage();
    }

    /// <summary>What the member has now, in the terms of the request.</summary>
    public string Current(PendingView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Request.Kind switch
        {
            ChangeRequestKind.Population => view.CurrentPopulation is { } population
                ? text["ChangeRequest.Current.Population", view.Request.PopulationYear!, population.ToString("N0", CultureInfo.CurrentCulture)]
                : text["ChangeRequest.Current.NoPopulation", view.Request.PopulationYear!],
            ChangeRequestKind.Delegate when view.ContactRole is null => text["ChangeRequest.ContactRemoved"],
            ChangeRequestKind.Delegate => text[
                view.ContactIsDelegate ? "ChangeRequest.Current.IsDelegate" : "ChangeRequest.Current.IsNotDelegate",
                view.Request.ContactName!, shared[$"ContactRole.{view.ContactRole}"]],
            _ => text[$"ChangeRequest.Current.{view.MemberStatus}", Date(view.MemberSince), Date(view.MemberUntil)],
        };
    }

    /// <summary>What approving will do, in plain words, so the secretariat sees it before it happens.</summary>
    public string Effect(PendingView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var request = view.Request;
        return request.Kind switch
        {
            ChangeRequestKind.Population => view.CurrentPopulation is { } population
                ? text["ChangeRequest.Effect.CorrectPopulation", request.PopulationYear!, population.ToString("N0", CultureInfo.CurrentCulture), request.Population!.Value.ToString("N0", CultureInfo.CurrentCulture)]
                : text["ChangeRequest.Effect.AddPopulation", request.PopulationYear!, request.Population!.Value.ToString("N0", CultureInfo.CurrentCulture)],
            ChangeRequestKind.Delegate when request.MakeDelegate == true && view.ContactIsDelegate => text["ChangeRequest.Effect.AlreadyDelegate", request.ContactName!],
            ChangeRequestKind.Delegate when request.MakeDelegate == true && view.OtherDelegateOfRole is { } previous =>
                text[$"ChangeRequest.Effect.ReplaceDelegate.{view.ContactRole}", request.ContactName!, previous],
            ChangeRequestKind.Delegate when request.MakeDelegate == true => text["ChangeRequest.Effect.MakeDelegate", request.ContactName!],
            ChangeRequestKind.Delegate when !view.ContactIsDelegate => text["ChangeRequest.Effect.NotDelegate", request.ContactName!],
            ChangeRequestKind.Delegate => text["ChangeRequest.Effect.RemoveDelegate", request.ContactName!],
            _ => text["ChangeRequest.Effect.Resignation", Date(request.ResignationDate)],
        };
    }

    /// <summary>Why the request can no longer be approved as it stands, or null.</summary>
    public string? Problem(PendingView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var problem = view.Request.Kind switch
        {
            ChangeRequestKind.Delegate => MemberChangeRequest.CheckDelegate(view.ContactRole, view.ContactEndedOn, view.Request.MakeDelegate == true, Today),
            ChangeRequestKind.Resignation => MemberChangeRequest.CheckResignation(view.MemberStatus, view.MemberSince, view.Request.ResignationDate!.Value),
            _ => null,
        };
        return problem is { } found ? Describe(found, view.MemberName, view.MemberSince, view.Request.ContactName) : null;
    }

    private DateOnly Today => swedishTime.Today;

    private static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "–";

    private string Describe(ChangeRequestProblem problem, string memberName, DateOnly? memberSince, string? contactName) =>
        text[$"ChangeRequest.Problem.{problem}", memberName, Date(memberSince), contactName ?? ""].Value;

    private async Task LoadAsync()
    {
        var today = Today;
        PendingCount = await db.ChangeRequests.CountAsync(r => r.Status == ChangeRequestStatus.Pending);
        if (ShowDecided)
        {
            // Ordered by Id: SQLite cannot order by DateTimeOffset, and ids grow with time.
            Decided = await db.ChangeRequests
                .Where(r => r.Status != ChangeRequestStatus.Pending)
                .OrderByDescending(r => r.Id)
                .Take(DecidedShown)
                .Select(r => new DecidedView(
                    r.Id, r.MemberId, r.Member!.Name,
                    new ChangeRequestSummary(
                        r.Kind, r.PopulationYear, r.Population,
                        r.ContactPerson != null ? r.ContactPerson.FirstName + " " + r.ContactPerson.LastName : null,
                        r.MakeDelegate, r.ResignationDate),
                    r.Status, r.RequestedBy, r.RequestedAt, r.DecidedBy, r.DecidedAt, r.DeclineReason))
                .ToListAsync();
            return;
        }

        Pending = await db.ChangeRequests
            .Where(r => r.Status == ChangeRequestStatus.Pending)
            .OrderBy(r => r.Id)
            .Select(r => new PendingView(
                r.Id, r.MemberId, r.Member!.Name,
                new ChangeRequestSummary(
                    r.Kind, r.PopulationYear, r.Population,
                    r.ContactPerson != null ? r.ContactPerson.FirstName + " " + r.ContactPerson.LastName : null,
                    r.MakeDelegate, r.ResignationDate),
                r.RequestedBy, r.RequestedAt, r.Comment,
                r.Member.Populations.Where(p => p.Year == r.PopulationYear).Select(p => (int?)p.Population).FirstOrDefault(),
                r.PopulationReferenceDate, r.PopulationSource,
                r.ContactPerson != null ? (ContactRole?)r.ContactPerson.Role : null,
                r.ContactPerson != null ? r.ContactPerson.EndedOn : null,
                r.ContactPerson != null && r.ContactPerson.IsDelegate,
                r.Member.Contacts
                    .Where(c => r.ContactPerson != null && c.Id != r.ContactPersonId && c.Role == r.ContactPerson.Role && c.IsDelegate
                        && (c.EndedOn == null || c.EndedOn > today))
                    .Select(c => c.FirstName + " " + c.LastName)
                    .FirstOrDefault(),
                r.Member.Status, r.Member.MemberSince, r.Member.MemberUntil))
            .ToListAsync();
    }
}
