using System.Text;
using Ecomuna.Core.Events;

namespace Ecomuna.Web.Pages.Admin.Governance;

/// <summary>
/// The voting register (röstlängd) of the annual meeting: every active member and its delegates, who alone may vote.
/// With an annual-meeting event chosen it also shows whether each delegate is registered for it or checked in.
/// </summary>
public sealed class VotingRegisterModel(
    EcomunaDbContext db, SwedishTime swedishTime, IStringLocalizer<SharedResource> text, IStringLocalizer<EventAdminResource> eventText) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public int Votes => Rows.Sum(r => r.Delegates.Count);

    /// <summary>The annual meeting whose attendance is shown; none by default.</summary>
    [BindProperty(SupportsGet = true, Name = "eventId")]
    public int? EventId { get; set; }

    public MeetingOption? Meeting { get; private set; }

    public IReadOnlyList<MeetingOption> Meetings { get; private set; } = [];

    /// <summary>Delegates checked in at the chosen meeting.</summary>
    public int VotesPresent => Rows.Sum(r => r.Delegates.Count(d => d.Presence == DelegatePresence.CheckedIn));

    public sealed record MeetingOption(int Id, string Title, DateTime StartsAtUtc, string TimeZone);

    public sealed record DelegateView(int Id, string Name, ContactRole Role, string Email)
    {
        /// <summary>At the chosen meeting; null when no meeting is chosen.</summary>
        public DelegatePresence? Presence { get; init; }
    }

    public sealed record Row(string Member, string? County, IReadOnlyList<DelegateView> Delegates)
    {
        public bool Lacks(ContactRole role) => Delegates.All(d => d.Role != role);
    }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        var fileName = Meeting is null
            ? string.Create(CultureInfo.InvariantCulture, $"rostlangd-{Today:yyyy-MM-dd}.csv")
            : string.Create(CultureInfo.InvariantCulture, $"rostlangd-{Today:yyyy-MM-dd}-event-{Meeting.Id}.csv");
        string[] header = [text["VotingRegister.Member"], text["Organisation.County"], text["VotingRegister.Delegate"], text["VotingRegister.Role"], text["Field.Email"]];
        return CsvExport.File(
            fileName,
            Meeting is null ? header : [.. header, eventText["VotingRegister.Presence"]],
            Rows.SelectMany(row => row.Delegates.Select(delegatePerson => (string?[])
            [
                row.Member, row.County, delegatePerson.Name, text[$"ContactRole.{delegatePerson.Role}"], delegatePerson.Email,
                .. Meeting is null ? [] : new[] { delegatePerson.Presence is { } presence ? eventText[$"Presence.{presence}"].Value : null },
            ])));
    }

    private async Task LoadAsync()
    {
        Today = swedishTime.Today;
        var today = Today;
        Rows = await db.Members
            .Where(m => m.Status == MembershipStatus.Active)
            .OrderBy(m => m.Name)
            .Select(m => new Row(
                m.Name,
                m.County,
                m.Contacts
                    .Where(c => c.IsDelegate && (c.EndedOn == null || c.EndedOn > today))
                    .OrderBy(c => c.Role)
                    .Select(c => new DelegateView(c.Id, c.FirstName + " " + c.LastName, c.Role, c.Email))
                    .ToList()))
            .ToListAsync();

        Meetings = await db.Events
            .Where(e => e.IsAnnualMeeting)
            .OrderByDescending(e => e.StartsAtUtc)
            .Select(e => new MeetingOption(e.Id, e.Title, e.StartsAtUtc, e.TimeZone))
            .ToListAsync();
        Meeting = Meetings.FirstOrDefault(m => m.Id == EventId);
        if (Meeting is not null)
        {
            var attendance = await AnnualMeetingAttendance.LoadAsync(db, Meeting.Id);
            Rows = [.. Rows.Select(r => r with
            {
                Delegates = [.. r.Delegates.Select(d => d with { Presence = attendance.PresenceOf(d.Id, d.Email) })],
            })];
        }
    }
}
