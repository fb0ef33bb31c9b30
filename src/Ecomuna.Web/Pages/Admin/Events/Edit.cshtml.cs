using Ecomuna.Core.Events;

namespace Ecomuna.Web.Pages.Admin.Events;

/// <summary>
/// Creates or edits an event. Times are typed as wall-clock times in the event's time zone and stored in UTC. The
/// number of seats can never go below the registrations already confirmed.
/// </summary>
public sealed class EditModel(EcomunaDbContext db, TimeProvider clock, IStringLocalizer<EventAdminResource> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The event being edited; null when a new one is being created.</summary>
    public int? EventId { get; private set; }

    public string? CurrentTitle { get; private set; }

    public bool IsCancelled { get; private set; }

    public int ConfirmedCount { get; private set; }

    public IReadOnlyList<WorkingGroupOption> WorkingGroups { get; private set; } = [];

    public sealed record WorkingGroupOption(int Id, string Name);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Event.Kind")]
        public EventKind? Kind { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Event.Title")]
        public string? Title { get; set; }

        [MaxLength(20_000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Event.Description")]
        public string? Description { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Event.StartsAt")]
        public DateTime? StartsAt { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Event.EndsAt")]
        public DateTime? EndsAt { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(64, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Event.TimeZone")]
        public string? TimeZone { get; set; } = EventTime.DefaultTimeZone;

        [MaxLength(300, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Event.Place")]
        public string? Place { get; set; }

        [MaxLength(500, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Event.OnlineLink")]
        public string? OnlineLink { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Event.Audience")]
        public EventAudience? Audience { get; set; } = EventAudience.Public;

        [Display(Name = "Field.Event.WorkingGroup")]
        public int? WorkingGroupId { get; set; }

        [Range(1, 100_000, ErrorMessage = "Field.Event.CapacityRange")]
        [Display(Name = "Field.Event.Capacity")]
        public int? Capacity { get; set; }

        [Display(Name = "Field.Event.RegistrationOpensAt")]
        public DateTime? RegistrationOpensAt { get; set; }

        [Display(Name = "Field.Event.RegistrationDeadline")]
        public DateTime? RegistrationDeadline { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Range(typeof(decimal), "0", "1000000", ErrorMessage = "Validation.Amount", ParseLimitsInInvariantCulture = true)]
        [Display(Name = "Field.Event.MemberPrice")]
        public decimal? MemberPrice { get; set; } = 0;

        [Required(ErrorMessage = "Validation.Required")]
        [Range(typeof(decimal), "0", "1000000", ErrorMessage = "Validation.Amount", ParseLimitsInInvariantCulture = true)]
        [Display(Name = "Field.Event.NetworkMemberPrice")]
        public decimal? NetworkMemberPrice { get; set; } = 0;

        [Required(ErrorMessage = "Validation.Required")]
        [Range(typeof(decimal), "0", "1000000", ErrorMessage = "Validation.Amount", ParseLimitsInInvariantCulture = true)]
        [Display(Name = "Field.Event.NonMemberPrice")]
        public decimal? NonMemberPrice { get; set; } = 0;

        /// <summary>In percent, as people say it: 0, 6, 12 or 25; a new event starts at 25, the Swedish rate on conference fees.</summary>
        [Required(ErrorMessage = "Validation.Required")]
        [Range(typeof(decimal), "0", "100", ErrorMessage = "Validation.Percent", ParseLimitsInInvariantCulture = true)]
        [Display(Name = "Field.Event.VatPercent")]
        public decimal? VatPercent { get; set; } = 25;

        [Display(Name = "Field.Event.IsAnnualMeeting")]
        public bool IsAnnualMeeting { get; set; }

        public void CopyFrom(CalendarEvent calendarEvent)
        {
            var zone = calendarEvent.TimeZone;
            Kind = calendarEvent.Kind;
            Title = calendarEvent.Title;
            Description = calendarEvent.Description;
            StartsAt = EventTime.ToLocal(calendarEvent.StartsAtUtc, zone);
            EndsAt = EventTime.ToLocal(calendarEvent.EndsAtUtc, zone);
            TimeZone = zone;
            Place = calendarEvent.Place;
            OnlineLink = calendarEvent.OnlineLink;
            Audience = calendarEvent.Audience;
            WorkingGroupId = calendarEvent.WorkingGroupId;
            Capacity = calendarEvent.Capacity;
            RegistrationOpensAt = calendarEvent.RegistrationOpensAtUtc is { } opens ? EventTime.ToLocal(opens, zone) : null;
            RegistrationDeadline = calendarEvent.RegistrationDeadlineUtc is { } deadline ? EventTime.ToLocal(deadline, zone) : null;
            MemberPrice = Plain(calendarEvent.MemberPrice);
            NetworkMemberPrice = Plain(calendarEvent.NetworkMemberPrice);
            NonMemberPrice = Plain(calendarEvent.NonMemberPrice);
            VatPercent = Plain(calendarEvent.VatRate * 100);
            IsAnnualMeeting = calendarEvent.IsAnnualMeeting;
        }

        /// <summary>Without the trailing zeros a database's scale adds: 25 rather than 25,0000.</summary>
        private static decimal Plain(decimal value) => value / 1.000000000000000000000000000000000m;
    }

    /// <summary>The checked input converted to what is stored.</summary>
    private sealed record Checked(DateTime StartsAtUtc, DateTime EndsAtUtc, DateTime? OpensAtUtc, DateTime? DeadlineUtc);

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is { } existing)
        {
            var calendarEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == existing, ct);
            if (calendarEvent is null)
            {
                return NotFound();
            }

            Describe(calendarEvent);
            Input.CopyFrom(calendarEvent);
        }

        await LoadWorkingGroupsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        CalendarEvent? calendarEvent = null;
        if (id is { } existing)
        {
            calendarEvent = await db.Events.SingleOrDefaultAsync(e => e.Id == existing, ct);
            if (calendarEvent is null)
            {
                return NotFound();
            }

            Describe(calendarEvent);
        }

        var input = Check();
        if (Input.Audience == EventAudience.WorkingGroup)
        {
            if (Input.WorkingGroupId is not { } groupId || !await db.WorkingGroups.AnyAsync(g => g.Id == groupId, ct))
            {
                ModelState.AddModelError("Input.WorkingGroupId", text["Edit.ChooseWorkingGroup"]);
            }
        }

        if (calendarEvent is not null && !calendarEvent.CanHaveCapacity(Input.Capacity))
        {
            ModelState.AddModelError("Input.Capacity", text["Edit.CapacityBelowConfirmed", calendarEvent.ConfirmedCount]);
        }

        if (!ModelState.IsValid || input is null)
        {
            await LoadWorkingGroupsAsync(ct);
            return Page();
        }

        if (calendarEvent is null)
        {
            calendarEvent = new CalendarEvent { CalendarUid = CalendarEvent.NewCalendarUid(), Capacity = Input.Capacity };
            CopyTo(calendarEvent, input);
            db.Events.Add(calendarEvent);
            await db.SaveChangesAsync(ct);
        }
        else if (!await SaveWithSeatsCheckedAsync(calendarEvent, input, ct))
        {
            var confirmed = await db.Events.Where(e => e.Id == calendarEvent.Id).Select(e => e.ConfirmedCount).SingleAsync(ct);
            ConfirmedCount = confirmed;
            ModelState.AddModelError("Input.Capacity", text["Edit.CapacityBelowConfirmed", confirmed]);
            await LoadWorkingGroupsAsync(ct);
            return Page();
        }

        TempData["StatusMessage"] = text["Edit.Saved", calendarEvent.Title].Value;
        return RedirectToPage("Index", new { past = calendarEvent.EndsAtUtc < clock.GetUtcNow().UtcDateTime ? "true" : null });
    }

    /// <summary>
    /// Saves the edit, with the seats set by <see cref="EventSeats"/> in one conditional update, so that a registration confirmed meanwhile can
    /// never leave the event with fewer seats than confirmed registrations. False when it would.
    /// </summary>
    private async Task<bool> SaveWithSeatsCheckedAsync(CalendarEvent calendarEvent, Checked input, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await EventSeats.TrySetCapacityAsync(db, calendarEvent.Id, Input.Capacity, ct))
            {
                return false;
            }

            CopyTo(calendarEvent, input);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        });
    }

    /// <summary>Checks what data annotations cannot and converts the times to UTC; null when something is wrong.</summary>
    private Checked? Check()
    {
        if (!EventTime.IsKnownTimeZone(Input.TimeZone))
        {
            if (!string.IsNullOrWhiteSpace(Input.TimeZone))
            {
                ModelState.AddModelError("Input.TimeZone", text["Edit.UnknownTimeZone", Input.TimeZone]);
            }

            return null;
        }

        var zone = Input.TimeZone!.Trim();
        DateTime? Utc(DateTime? local, string field)
        {
            if (local is not { } value)
            {
                return null;
            }

            var utc = EventTime.ToUtc(value, zone);
            if (utc is null)
            {
                ModelState.AddModelError($"Input.{field}", text["Edit.TimeDoesNotExist", value.ToString("g", System.Globalization.CultureInfo.CurrentCulture), zone]);
            }

            return utc;
        }

        var starts = Utc(Input.StartsAt, nameof(InputModel.StartsAt));
        var ends = Utc(Input.EndsAt, nameof(InputModel.EndsAt));
        var opens = Utc(Input.RegistrationOpensAt, nameof(InputModel.RegistrationOpensAt));
        var deadline = Utc(Input.RegistrationDeadline, nameof(InputModel.RegistrationDeadline));
        if (starts is not null && ends is not null && ends <= starts)
        {
            ModelState.AddModelError("Input.EndsAt", text["Edit.EndBeforeStart"]);
        }

        if (opens is not null && deadline is not null && deadline <= opens)
        {
            ModelState.AddModelError("Input.RegistrationDeadline", text["Edit.DeadlineBeforeOpens"]);
        }

        if (!string.IsNullOrWhiteSpace(Input.OnlineLink)
            && !(Uri.TryCreate(Input.OnlineLink.Trim(), UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(link.Host)))
        {
            ModelState.AddModelError("Input.OnlineLink", text["Edit.HttpsOnly"]);
        }

        return starts is null || ends is null || !ModelState.IsValid ? null : new Checked(starts.Value, ends.Value, opens, deadline);
    }

    private void CopyTo(CalendarEvent calendarEvent, Checked input)
    {
        calendarEvent.Kind = Input.Kind!.Value;
        calendarEvent.Title = Input.Title!.Trim();
        calendarEvent.Description = Input.Description?.Trim() ?? "";
        calendarEvent.StartsAtUtc = input.StartsAtUtc;
        calendarEvent.EndsAtUtc = input.EndsAtUtc;
        calendarEvent.TimeZone = Input.TimeZone!.Trim();
        calendarEvent.Place = string.IsNullOrWhiteSpace(Input.Place) ? null : Input.Place.Trim();
        calendarEvent.OnlineLink = string.IsNullOrWhiteSpace(Input.OnlineLink) ? null : Input.OnlineLink.Trim();
        calendarEvent.Audience = Input.Audience!.Value;
        calendarEvent.WorkingGroupId = Input.Audience == EventAudience.WorkingGroup ? Input.WorkingGroupId : null;
        calendarEvent.RegistrationOpensAtUtc = input.OpensAtUtc;
        calendarEvent.RegistrationDeadlineUtc = input.DeadlineUtc;
        calendarEvent.MemberPrice = Input.MemberPrice!.Value;
        calendarEvent.NetworkMemberPrice = Input.NetworkMemberPrice!.Value;
        calendarEvent.NonMemberPrice = Input.NonMemberPrice!.Value;
        calendarEvent.VatRate = Input.VatPercent!.Value / 100;
        calendarEvent.IsAnnualMeeting = Input.IsAnnualMeeting;
    }

    private void Describe(CalendarEvent calendarEvent)
    {
        EventId = calendarEvent.Id;
        CurrentTitle = calendarEvent.Title;
        IsCancelled = calendarEvent.IsCancelled;
        ConfirmedCount = calendarEvent.ConfirmedCount;
    }

    private async Task LoadWorkingGroupsAsync(CancellationToken ct)
    {
        var chosen = Input.WorkingGroupId;
        WorkingGroups = await db.WorkingGroups
            .Where(g => g.ClosedOn == null || g.Id == chosen)
            .OrderBy(g => g.Name)
            .Select(g => new WorkingGroupOption(g.Id, g.Name))
            .ToListAsync(ct);
    }
}
