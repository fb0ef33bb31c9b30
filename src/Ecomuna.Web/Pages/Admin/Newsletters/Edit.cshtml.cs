using Ecomuna.Core.Governance;
using Ecomuna.Core.Newsletters;
using Ecomuna.Core.Surveys;

namespace Ecomuna.Web.Pages.Admin.Newsletters;

/// <summary>
/// Writes a newsletter in Swedish and/or English, chooses its audience, previews it as HTML and plain text, sends a
/// test to the admin, and schedules it or sends it now. A sent newsletter is no longer edited: it goes to its progress.
/// </summary>
public sealed class EditModel(
    EcomunaDbContext db, NewsletterDispatch dispatch, NewsletterMail mail, UserManager<AppUser> users, TimeProvider clock, SwedishTime swedishTime,
    IStringLocalizer<NewslettersResource> text) : PageModel
{
    private static readonly string[] Languages = ["sv", "en"];

    [BindProperty]
    public NewsletterInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public NewsletterStatus Status { get; private set; } = NewsletterStatus.Draft;
    public IReadOnlyList<WorkingGroup> WorkingGroups { get; private set; } = [];
    public int? AudienceCount { get; private set; }
    public IReadOnlyList<NewsletterMail.Rendered> Previews { get; private set; } = [];
    public string? Message { get; private set; }

    public sealed class NewsletterInput
    {
        [StringLength(200)]
        public string? SubjectSv { get; set; }

        [StringLength(50_000)]
        public string? BodySv { get; set; }

        [StringLength(200)]
        public string? SubjectEn { get; set; }

        [StringLength(50_000)]
        public string? BodyEn { get; set; }

        public List<ContactRole> Roles { get; set; } = [];
        public bool Delegates { get; set; }
        public List<MemberKind> MemberKinds { get; set; } = [];
        public List<NetworkCategory> NetworkCategories { get; set; } = [];
        public bool Board { get; set; }
        public bool Forum { get; set; }
        public List<int> WorkingGroups { get; set; } = [];
        public bool Subscribers { get; set; }

        /// <summary>Swedish time.</summary>
        public DateTime? ScheduleAt { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is { } existing)
        {
            var newsletter = await db.Newsletters.AsNoTracking().SingleOrDefaultAsync(n => n.Id == existing, ct);
            if (newsletter is null)
            {
                return NotFound();
            }

            if (newsletter.Status == NewsletterStatus.Sent)
            {
                return RedirectToPage("Progress", new { id = existing });
            }

            Fill(newsletter);
            AudienceCount = (await NewsletterAudience.ResolveAsync(db, newsletter, swedishTime.Today, ct)).Count;
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Every button of the form posts here; <paramref name="act"/> is the one pressed.</summary>
    public Task<IActionResult> OnPostAsync(int? id, string? act, CancellationToken ct) =>
        ActAsync(id, Enum.TryParse<Action>(act, out var action) ? action : Action.Save, ct);

    private enum Action
    {
        Save,
        Preview,
        Test,
        Schedule,
        Send,
    }

    private async Task<IActionResult> ActAsync(int? id, Action action, CancellationToken ct)
    {
        var newsletter = id is null ? null : await db.Newsletters.SingleOrDefaultAsync(n => n.Id == id, ct);
        if (id is not null && newsletter is null)
        {
            return NotFound();
        }

        if (newsletter?.Status == NewsletterStatus.Sent)
        {
            return RedirectToPage("Progress", new { id });
        }

        Validate(action);
        if (!ModelState.IsValid)
        {
            Id = id;
            Status = newsletter?.Status ?? NewsletterStatus.Draft;
            await LoadAsync(ct);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (newsletter is null)
        {
            newsletter = new Newsletter { CreatedAtUtc = now };
            db.Newsletters.Add(newsletter);
        }

        Apply(newsletter);
        newsletter.UpdatedAtUtc = now;
        newsletter.UpdatedBy = User.Identity?.Name;
        if (action == Action.Save)
        {
            newsletter.KeepAsDraft();
        }
        else if (action == Action.Schedule)
        {
            newsletter.Schedule(SwedishTime.ToUtc(Input.ScheduleAt!.Value), now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // It was sent while this form was open; a sent newsletter is no longer edited.
            return RedirectToPage("Progress", new { id });
        }

        switch (action)
        {
            case Action.Send:
                await dispatch.SendAsync(newsletter.Id, ct);
                return RedirectToPage("Progress", new { id = newsletter.Id });
            case Action.Schedule:
                TempData["Message"] = text["Admin.Scheduled"].Value;
                return RedirectToPage("Index");
            case Action.Test:
                var me = await users.GetUserAsync(User);
                var language = me?.PreferredLanguage ?? "sv";
                await dispatch.SendTestAsync(newsletter, me?.Email ?? "", language, ct);
                Message = text["Admin.TestSent", me?.Email ?? ""];
                break;
            case Action.Preview:
                Previews = [.. Languages.Where(l => l == "sv" ? newsletter.HasSwedish : newsletter.HasEnglish).Select(l =>
                {
                    var preview = mail.For(mail.Render(newsletter, l), "preview@example.org");
                    return new NewsletterMail.Rendered(l, preview.Subject, preview.HtmlBody, preview.TextBody);
                })];
                break;
            default:
                Message = text["Admin.Saved"];
                break;
        }

        Id = newsletter.Id;
        Status = newsletter.Status;
        AudienceCount = (await NewsletterAudience.ResolveAsync(db, newsletter, swedishTime.Today, ct)).Count;
        await LoadAsync(ct);
        return Page();
    }

    private void Validate(Action action)
    {
        var sv = Complete(Input.SubjectSv, Input.BodySv, "Sv");
        var en = Complete(Input.SubjectEn, Input.BodyEn, "En");
        if (!sv && !en && ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, text["Admin.NeedsALanguage"]);
        }

        if (action is Action.Schedule or Action.Send)
        {
            var audience = new Newsletter();
            Apply(audience);
            if (!audience.HasAudience)
            {
                ModelState.AddModelError(string.Empty, text["Admin.NeedsAudience"]);
            }
        }

        if (action == Action.Schedule)
        {
            if (Input.ScheduleAt is not { } at || !Newsletter.CanBeScheduledAt(SwedishTime.ToUtc(at), clock.GetUtcNow().UtcDateTime))
            {
                ModelState.AddModelError("Input.ScheduleAt", text["Admin.ScheduleInFuture"]);
            }
        }
    }

    private bool Complete(string? subject, string? body, string language)
    {
        var hasSubject = !string.IsNullOrWhiteSpace(subject);
        var hasBody = !string.IsNullOrWhiteSpace(body);
        if (hasSubject != hasBody)
        {
            ModelState.AddModelError(hasSubject ? $"Input.Body{language}" : $"Input.Subject{language}", text["Admin.SubjectAndBody"]);
        }

        return hasSubject && hasBody;
    }

    private void Apply(Newsletter n)
    {
        n.SubjectSv = Trimmed(Input.SubjectSv);
        n.BodySv = n.SubjectSv is null ? null : Input.BodySv;
        n.SubjectEn = Trimmed(Input.SubjectEn);
        n.BodyEn = n.SubjectEn is null ? null : Input.BodyEn;
        n.AudienceRoles = Newsletter.Join(Input.Roles);
        n.AudienceDelegates = Input.Delegates;
        n.AudienceMemberKinds = Newsletter.Join(Input.MemberKinds);
        n.AudienceNetworkCategories = Newsletter.Join(Input.NetworkCategories);
        n.AudienceBoard = Input.Board;
        n.AudienceForum = Input.Forum;
        n.AudienceWorkingGroups = Newsletter.Join(Input.WorkingGroups);
        n.AudienceSubscribers = Input.Subscribers;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private void Fill(Newsletter n)
    {
        Id = n.Id;
        Status = n.Status;
        Input = new NewsletterInput
        {
            SubjectSv = n.SubjectSv, BodySv = n.BodySv, SubjectEn = n.SubjectEn, BodyEn = n.BodyEn,
            Roles = [.. n.Roles], Delegates = n.AudienceDelegates, MemberKinds = [.. n.MemberKinds], NetworkCategories = [.. n.NetworkCategories],
            Board = n.AudienceBoard, Forum = n.AudienceForum, WorkingGroups = [.. n.WorkingGroupIds], Subscribers = n.AudienceSubscribers,
            ScheduleAt = n.ScheduledAtUtc is { } at ? SwedishTime.ToSwedish(at) : null,
        };
    }

    private async Task LoadAsync(CancellationToken ct) =>
        WorkingGroups = await db.WorkingGroups.AsNoTracking().Where(g => g.ClosedOn == null || Input.WorkingGroups.Contains(g.Id)).OrderBy(g => g.Name).ToListAsync(ct);
}
