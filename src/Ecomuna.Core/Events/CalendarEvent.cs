namespace Ecomuna.Core.Events;

public enum EventKind
{
    AnnualConference = 1,
    AutumnCongress = 2,
    Webinar = 3,
    NetworkMeeting = 4,
    BoardMeeting = 5,
    ForumMeeting = 6,
    StudyVisit = 7,
}

/// <summary>Who may see an event and register for it.</summary>
public enum EventAudience
{
    Public = 1,
    Members = 2,
    Board = 3,
    Forum = 4,
    WorkingGroup = 5,
}

/// <summary>
/// Something the association arranges. Times are kept in UTC and shown in the event's own time zone; the online
/// link is only for those registered. Seats are counted in <see cref="ConfirmedCount"/>, which only
/// <see cref="EventSeats"/> changes, so that two people registering at once can never overbook the event.
/// </summary>
public sealed class CalendarEvent
{
    public int Id { get; set; }
    public EventKind Kind { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Markdown, rendered with raw HTML disabled.</summary>
    public string Description { get; set; } = "";

    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }

    /// <summary>IANA time zone the event's times are given and shown in.</summary>
    public string TimeZone { get; set; } = EventTime.DefaultTimeZone;

    public string? Place { get; set; }

    /// <summary>Shown only to registered participants.</summary>
    public string? OnlineLink { get; set; }

    public EventAudience Audience { get; set; } = EventAudience.Public;
    public int? WorkingGroupId { get; set; }

    /// <summary>Seats; null when there is no limit. Given when the event is made; changed later only through <see cref="EventSeats.TrySetCapacityAsync"/>.</summary>
    public int? Capacity { get; init; }

    /// <summary>Seats taken; only <see cref="EventSeats"/> changes it.</summary>
    public int ConfirmedCount { get; internal set; }

    public DateTime? RegistrationOpensAtUtc { get; set; }
    public DateTime? RegistrationDeadlineUtc { get; set; }

    public decimal MemberPrice { get; set; }

    /// <summary>The reduced price for members of Ecomuna's network categories.</summary>
    public decimal NetworkMemberPrice { get; set; }
    public decimal NonMemberPrice { get; set; }

    /// <summary>VAT on the event fee, 0.25 for 25 %. Prices exclude it: it is added on the invoice.</summary>
    public decimal VatRate { get; set; }

    /// <summary>The annual meeting is held at this event: attendance is recorded per member and delegates vote.</summary>
    public bool IsAnnualMeeting { get; set; }

    public DateTime? CancelledAtUtc { get; set; }

    /// <summary>Stable identity in calendar files, so a calendar program updates the event instead of adding it twice.</summary>
    public string CalendarUid { get; set; } = "";

    public bool IsCancelled => CancelledAtUtc is not null;

    public bool IsFull => Capacity is { } seats && ConfirmedCount >= seats;

    /// <summary>The seats can be set to <paramref name="capacity"/> (null: no limit) only when it holds everyone already confirmed.</summary>
    public bool CanHaveCapacity(int? capacity) => capacity is null || ConfirmedCount <= capacity;

    public bool IsOpenForRegistration(DateTime nowUtc) =>
        !IsCancelled
        && nowUtc < EndsAtUtc
        && (RegistrationOpensAtUtc is null || RegistrationOpensAtUtc <= nowUtc)
        && (RegistrationDeadlineUtc is null || nowUtc <= RegistrationDeadlineUtc);

    /// <summary>
    /// Until when a cancelled registration's fee is credited: the registration deadline, or the start when there is
    /// none. A registration cancelled later stays charged.
    /// </summary>
    public DateTime CreditCancellationsUntilUtc => RegistrationDeadlineUtc ?? StartsAtUtc;

    public bool CreditsCancellation(DateTime nowUtc) => nowUtc <= CreditCancellationsUntilUtc;

    public decimal PriceFor(PriceCategory category) => category switch
    {
        PriceCategory.Member => MemberPrice,
        PriceCategory.NetworkMember => NetworkMemberPrice,
        _ => NonMemberPrice,
    };

    /// <summary>A new event with the same details a year later, with no registrations, seats taken or cancellation.</summary>
    public CalendarEvent CopyForNextYear(string title) => new()
    {
        Kind = Kind,
        Title = title.Length > 200 ? title[..200] : title,
        Description = Description,
        StartsAtUtc = EventTime.NextYear(StartsAtUtc, TimeZone),
        EndsAtUtc = EventTime.NextYear(EndsAtUtc, TimeZone),
        TimeZone = TimeZone,
        Place = Place,
        OnlineLink = OnlineLink,
        Audience = Audience,
        WorkingGroupId = WorkingGroupId,
        Capacity = Capacity,
        RegistrationOpensAtUtc = RegistrationOpensAtUtc is { } opens ? EventTime.NextYear(opens, TimeZone) : null,
        RegistrationDeadlineUtc = RegistrationDeadlineUtc is { } deadline ? EventTime.NextYear(deadline, TimeZone) : null,
        MemberPrice = MemberPrice,
        NetworkMemberPrice = NetworkMemberPrice,
        NonMemberPrice = NonMemberPrice,
        VatRate = VatRate,
        IsAnnualMeeting = IsAnnualMeeting,
        CalendarUid = NewCalendarUid(),
    };

    /// <summary>Cancels the event; false when it already was.</summary>
    public bool Cancel(DateTime nowUtc)
    {
        if (IsCancelled)
        {
            return false;
        }

        CancelledAtUtc = nowUtc;
        return true;
    }

    public static string NewCalendarUid() => Guid.NewGuid().ToString("D") + "@ecomuna";
}

/// <summary>The price a person pays follows their standing when they register.</summary>
public enum PriceCategory
{
    Member = 1,
    NetworkMember = 2,
    NonMember = 3,
}
