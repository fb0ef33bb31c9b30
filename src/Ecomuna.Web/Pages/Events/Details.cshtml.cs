using Ecomuna.Core.Events;
using Ecomuna.Core.Invoicing;
using Ecomuna.Web.Pages.Organisation;

namespace Ecomuna.Web.Pages.Events;

/// <summary>
/// One event and the registration for it. A contact person registers themselves and colleagues at the member price,
/// a network member themselves at the network price, and anyone else as a guest who confirms by email.
/// </summary>
[AllowAnonymous]
public sealed class DetailsModel(
    EcomunaDbContext db,
    UserManager<AppUser> users,
    EventRegistrations registrations,
    EventMail mail,
    InvoiceMail invoiceMail,
    TimeProvider clock,
    IStringLocalizer<EventsResource> text) : PageModel
{
    public CalendarEvent Event { get; private set; } = null!;

    /// <summary>Which registration form the visitor gets.</summary>
    public RegistrationMode Mode { get; private set; }

    public bool IsOpen { get; private set; }

    public bool NotYetOpen { get; private set; }

    /// <summary>The visitor's own registrations for this event (or those they made), not cancelled.</summary>
    public IReadOnlyList<OwnRegistration> Registered { get; private set; } = [];

    public bool ShowOnlineLink { get; private set; }

    public GuestInput Guest { get; set; } = new();

    public PayerInput Self { get; set; } = new();

    public List<ColleagueInput> Colleagues { get; set; } = [];

    /// <summary>Names of <see cref="Colleagues"/>, by contact id, read from the database and never from the form.</summary>
    public IReadOnlyDictionary<int, ColleagueView> ColleagueViews { get; private set; } = new Dictionary<int, ColleagueView>();

    public enum RegistrationMode
    {
        Guest,
        ContactPerson,
        NetworkMember,
    }

    public sealed record OwnRegistration(string Name, RegistrationStatus Status);

    public sealed record ColleagueView(string Name, string Email, bool IsYou);

    public class NeedsInput
    {
        [StringLength(500, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Registration.DietaryNeeds")]
        public string? DietaryNeeds { get; set; }

        [StringLength(500, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Registration.AccessibilityNeeds")]
        public string? AccessibilityNeeds { get; set; }
    }

    /// <summary>Someone who pays for themselves: the invoice address is asked for when their price is above zero.</summary>
    public class PayerInput : NeedsInput
    {
        [StringLength(500, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Registration.InvoiceAddress")]
        public string? InvoiceAddress { get; set; }
    }

    public sealed class GuestInput : PayerInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(100, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Registration.FirstName")]
        public string FirstName { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(100, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Registration.LastName")]
        public string LastName { get; set; } = "";

        [StringLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Registration.Organisation")]
        public string? Organisation { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [StringLength(256, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Registration.Email")]
        public string Email { get; set; } = "";
    }

    public sealed class ColleagueInput : NeedsInput
    {
        public int ContactPersonId { get; set; }

        [Display(Name = "Field.Registration.Selected")]
        public bool Selected { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Mode == RegistrationMode.ContactPerson)
        {
            Colleagues = [.. ColleagueViews.Select(c => new ColleagueInput { ContactPersonId = c.Key, Selected = c.Value.IsYou })];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostGuestAsync(int id, [Bind(Prefix = nameof(Guest))] GuestInput guest)
    {
        ArgumentNullException.ThrowIfNull(guest);
        Guest = guest;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        RequireInvoiceAddress(nameof(Guest), guest, Event.NonMemberPrice);
        if (!ModelState.IsValid || !IsOpen)
        {
            return Refused(RegistrationRefusal.Closed, explain: ModelState.IsValid);
        }

        var person = new Registrant(guest.FirstName, guest.LastName, guest.Email, guest.Organisation, guest.DietaryNeeds, guest.AccessibilityNeeds)
        {
            InvoiceAddress = Event.NonMemberPrice > 0 ? guest.InvoiceAddress : null,
            Language = SupportedCultures.CurrentLanguage,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var outcome = await registrations.RegisterAsync(id, [person], PriceCategory.NonMember, users.GetUserId(User), confirmByEmail: true);
        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal, outcome.AlreadyRegisteredEmail);
        }

        var registration = outcome.Registrations[0];
        var link = Url.Page("/Events/Confirm", null, new { token = registration.AccessToken }, Request.Scheme)!;
        await mail.SendConfirmLinkAsync(registration, Event, link);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["StatusMessage"] = text["Register.CheckEmail", registration.Email].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostNetworkAsync(int id, [Bind(Prefix = nameof(Self))] PayerInput self)
    {
        ArgumentNullException.ThrowIfNull(self);
        Self = self;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Mode != RegistrationMode.NetworkMember)
        {
            return NotAllowed();
        }

        RequireInvoiceAddress(nameof(Self), self, Event.NetworkMemberPrice);
        if (!ModelState.IsValid || !IsOpen)
        {
            return Refused(RegistrationRefusal.Closed, explain: ModelState.IsValid);
        }

        var userId = users.GetUserId(User)!;
        var account = await db.Users.Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.Email }).SingleAsync();
        var profile = await db.NetworkProfiles.Where(p => p.UserId == userId)
            .Select(p => new { p.Name, Organisation = p.IsOrganisation ? p.Name : p.Organisation }).SingleOrDefaultAsync();
        var (first, last) = SplitName(string.IsNullOrWhiteSpace(account.DisplayName) ? profile?.Name ?? account.Email! : account.DisplayName);
        var person = new Registrant(first, last, account.Email!, profile?.Organisation, self.DietaryNeeds, self.AccessibilityNeeds)
        {
            UserId = userId,
            InvoiceAddress = Event.NetworkMemberPrice > 0 ? self.InvoiceAddress : null,
            Language = SupportedCultures.CurrentLanguage,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var outcome = await registrations.RegisterAsync(id, [person], PriceCategory.NetworkMember, userId, confirmByEmail: false);
        return await RegisteredAsync(id, outcome);
    }

    public async Task<IActionResult> OnPostMembersAsync(int id, [Bind(Prefix = nameof(Colleagues))] List<ColleagueInput> colleagues)
    {
        ArgumentNullException.ThrowIfNull(colleagues);
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Mode != RegistrationMode.ContactPerson)
        {
            return NotAllowed();
        }

        // Only the member's current contacts can be registered; anything else in the form is ignored.
        var posted = colleagues.Where(c => ColleagueViews.ContainsKey(c.ContactPersonId)).GroupBy(c => c.ContactPersonId).ToDictionary(g => g.Key, g => g.First());
        Colleagues = [.. ColleagueViews.Keys.Select(contactId => posted.GetValueOrDefault(contactId) ?? new ColleagueInput { ContactPersonId = contactId })];
        if (!ModelState.IsValid || !IsOpen)
        {
            return Refused(RegistrationRefusal.Closed, explain: ModelState.IsValid);
        }

        var chosen = Colleagues.Where(c => c.Selected).Select(c => c.ContactPersonId).ToList();
        var memberId = await db.ActingMemberIdAsync(users, User);
        var contacts = await db.ContactPersons
            .Where(c => c.MemberId == memberId && chosen.Contains(c.Id))
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.Email, c.UserId, MemberName = c.Member!.Name })
            .ToListAsync();
        var people = Colleagues.Where(c => c.Selected).Join(contacts, c => c.ContactPersonId, c => c.Id, (input, contact) =>
            new Registrant(contact.FirstName, contact.LastName, contact.Email, contact.MemberName, input.DietaryNeeds, input.AccessibilityNeeds)
            {
                MemberId = memberId,
                ContactPersonId = contact.Id,
                UserId = contact.UserId,
                Language = SupportedCultures.CurrentLanguage,
            }).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var outcome = await registrations.RegisterAsync(id, people, PriceCategory.Member, users.GetUserId(User), confirmByEmail: false);
        return await RegisteredAsync(id, outcome);
    }

    private async Task<IActionResult> RegisteredAsync(int id, RegistrationOutcome outcome)
    {
        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal, outcome.AlreadyRegisteredEmail);
        }

        foreach (var registration in outcome.Registrations)
        {
            var link = Url.Page("/Events/Cancel", null, new { token = registration.AccessToken }, Request.Scheme)!;
            await mail.SendRegisteredAsync(registration, Event, link, CalendarModel.DetailsUrl(Request, id));
        }

        await invoiceMail.SendEventFeesAsync(outcome.Invoices, Url, Request.Scheme);
        await db.SaveChangesAsync();
        await db.Database.CommitTransactionAsync();

        var waiting = outcome.Registrations.Count(r => r.Status == RegistrationStatus.Waiting);
        TempData["StatusMessage"] = waiting == 0
            ? text["Register.Done", outcome.Registrations.Count].Value
            : text["Register.DoneWaiting", outcome.Registrations.Count, waiting].Value;
        return RedirectToPage("./Mine");
    }

    private void RequireInvoiceAddress(string prefix, PayerInput input, decimal price)
    {
        if (price > 0 && string.IsNullOrWhiteSpace(input.InvoiceAddress))
        {
            ModelState.AddModelError($"{prefix}.{nameof(PayerInput.InvoiceAddress)}", text["Register.InvoiceAddressRequired"]);
        }
    }

    /// <summary>The page again with what was typed and, unless a field is wrong, a plain message saying why nothing was registered.</summary>
    private PageResult Refused(RegistrationRefusal refusal, string? email = null, bool explain = true)
    {
        if (explain)
        {
            ModelState.AddModelError(string.Empty, refusal switch
            {
                RegistrationRefusal.AlreadyRegistered => text["Register.AlreadyRegistered", email ?? ""],
                RegistrationRefusal.NobodyChosen => text["Register.NobodyChosen"],
                _ => text["Register.Closed"],
            });
        }

        return Page();
    }

    /// <summary>Loads the event if the visitor may see it, and what the visitor may do with it.</summary>
    /// <summary>A visitor who is not signed in is asked to sign in; a signed-in one of the wrong kind is refused.</summary>
    private IActionResult NotAllowed() => User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();

    private async Task<bool> LoadAsync(int id)
    {
        var found = await db.Events.VisibleTo(User).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
        if (found is null)
        {
            return false;
        }

        Event = found;
        var now = clock.GetUtcNow().UtcDateTime;
        IsOpen = found.IsOpenForRegistration(now);
        NotYetOpen = found.RegistrationOpensAtUtc > now;
        var userId = users.GetUserId(User);
        if (userId is null)
        {
            Mode = RegistrationMode.Guest;
            return true;
        }

        var memberId = User.IsInRole(Roles.ContactPerson) ? await db.ActingMemberIdAsync(users, User) : null;
        if (memberId is not null)
        {
            Mode = RegistrationMode.ContactPerson;
            var today = clock.Today();
            ColleagueViews = await db.ContactPersons
                .Where(c => c.MemberId == memberId && (c.EndedOn == null || c.EndedOn > today))
                .OrderByDescending(c => c.UserId == userId).ThenBy(c => c.LastName).ThenBy(c => c.FirstName)
                .ToDictionaryAsync(c => c.Id, c => new ColleagueView(c.FirstName + " " + c.LastName, c.Email, c.UserId == userId));
        }
        else if (User.IsInRole(Roles.NetworkMember)
            && await db.NetworkProfiles.AnyAsync(p => p.UserId == userId && p.Status == MembershipStatus.Active))
        {
            Mode = RegistrationMode.NetworkMember;
        }

        Registered = await db.EventRegistrations
            .Where(r => r.EventId == id && r.Status != RegistrationStatus.Cancelled
                && (r.UserId == userId || r.RegisteredByUserId == userId || (memberId != null && r.MemberId == memberId)))
            .OrderBy(r => r.Id)
            .Select(r => new OwnRegistration(r.FirstName + " " + r.LastName, r.Status))
            .ToListAsync();
        ShowOnlineLink = found.OnlineLink is not null
            && await db.EventRegistrations.AnyAsync(r => r.EventId == id && r.UserId == userId && r.Status == RegistrationStatus.Confirmed);
        return true;
    }

    private static (string First, string Last) SplitName(string name)
    {
        var trimmed = name.Trim();
        var space = trimmed.LastIndexOf(' ');
        return space <= 0 ? (trimmed, "–") : (trimmed[..space], trimmed[(space + 1)..]);
    }
}
